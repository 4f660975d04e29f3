@echo off
rem Operator command line (accounts, bans, backups, ...): bin\aden.bat --help
setlocal
set "ADEN_HOME=%~dp0.."
cd /d "%ADEN_HOME%"
call bin\aden-java.bat || exit /b 1
"%ADEN_JAVA%" -Daden.process=cli -Dlog4j2.configurationFile=config/log4j2-cli.xml -cp "%ADEN_CP%" org.aden.tools.cli.AdenCli %*
exit /b %ERRORLEVEL%
