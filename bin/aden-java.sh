# Sourced by the start scripts: finds the JDK and the class path, in a checkout or in the distribution.
. "$ADEN_HOME/bin/jdk.sh"
aden_find_jdk || exit 1
if [ -d "$ADEN_HOME/lib" ]; then
  ADEN_CP="$ADEN_HOME/lib/*"
else
  jar=$(ls "$ADEN_HOME"/tools/target/aden-tools-*.jar 2>/dev/null | grep -v -- '-tests.jar' | head -n 1)
  if [ -z "$jar" ] || [ ! -d "$ADEN_HOME/tools/target/lib" ]; then
    echo "Aden is not built yet: run ./mvnw -DskipTests package (or ./run.sh once) first." >&2
    exit 1
  fi
  ADEN_CP="$jar:$ADEN_HOME/tools/target/lib/*"
fi
# see run.sh: give the JVM back SIGINT/SIGTERM if a background start left them ignored
ADEN_RESET=""
env --default-signal=INT true 2>/dev/null && ADEN_RESET="env --default-signal=INT,TERM"
ADEN_JAVA_OPTS=${ADEN_JAVA_OPTS:--XX:+UseG1GC -XX:MaxHeapFreeRatio=30 -XX:MinHeapFreeRatio=10}

. "$ADEN_HOME/bin/aden-loop.sh"
