@echo off
rem Production: the loginserver as its own process (Windows). Usage: bin\loginserver.bat [config file]
rem Stops cleanly on Ctrl-C (exit 0); exit code 2 (//restart in game) starts it again unless ADEN_NO_RESTART=1.
setlocal
set "ADEN_HOME=%~dp0.."
cd /d "%ADEN_HOME%"
call bin\aden-java.bat || exit /b 1
:start
"%ADEN_JAVA%" %ADEN_JAVA_OPTS% -Daden.process=loginserver -Dlog4j2.configurationFile=config/log4j2.xml -cp "%ADEN_CP%" org.aden.tools.launch.LoginServerMain %*
set "ADEN_CODE=%ERRORLEVEL%"
if "%ADEN_CODE%"=="2" if not defined ADEN_NO_RESTART (
  echo Aden: restart requested ^(exit code 2^); starting again 1>&2
  timeout /t 1 /nobreak >nul
  goto start
)
exit /b %ADEN_CODE%
