@rem Called by the Aden .bat launchers: finds java (JAVA_HOME or PATH) and the class path, in a checkout or the
@rem distribution. Sets ADEN_JAVA and ADEN_CP, or prints one line and exits with 1.
@if defined JAVA_HOME (set "ADEN_JAVA=%JAVA_HOME%\bin\java.exe") else (set "ADEN_JAVA=java")
@"%ADEN_JAVA%" -version >nul 2>&1 || (echo Aden needs a JDK 21 or newer: install one and set JAVA_HOME to it. 1>&2 & exit /b 1)
@if exist "%ADEN_HOME%\lib" (
  set "ADEN_CP=%ADEN_HOME%\lib\*"
) else if exist "%ADEN_HOME%\tools\target\lib" (
  set "ADEN_CP=%ADEN_HOME%\tools\target\aden-tools-0.1.0-SNAPSHOT.jar;%ADEN_HOME%\tools\target\lib\*"
) else (
  echo Aden is not built yet: run mvnw.cmd -DskipTests package first. 1>&2
  exit /b 1
)
@if not defined ADEN_JAVA_OPTS set "ADEN_JAVA_OPTS=-XX:+UseG1GC -XX:MaxHeapFreeRatio=30 -XX:MinHeapFreeRatio=10"
@exit /b 0
