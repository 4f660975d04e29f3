@echo off
rem Aden standalone shard on Windows: embedded MariaDB + login server + game server. run.bat --help lists options.
rem Build once first (mvnw.cmd -DskipTests package). Exit code 2 (//restart in game) starts it again.
setlocal
set "ADEN_HOME=%~dp0"
cd /d "%ADEN_HOME%"
for %%a in (%*) do (
  if "%%~a"=="--help" (type bin\run-help.txt & exit /b 0)
  if "%%~a"=="-h" (type bin\run-help.txt & exit /b 0)
)
call bin\aden-java.bat || exit /b 1
:start
"%ADEN_JAVA%" %ADEN_JAVA_OPTS% -Dlog4j2.configurationFile=config/log4j2.xml -cp "%ADEN_CP%" org.aden.tools.standalone.Standalone %*
set "ADEN_CODE=%ERRORLEVEL%"
if "%ADEN_CODE%"=="2" if not defined ADEN_NO_RESTART (
  echo Aden: restart requested ^(exit code 2^); starting again 1>&2
  timeout /t 1 /nobreak >nul
  goto start
)
exit /b %ADEN_CODE%
