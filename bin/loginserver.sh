#!/usr/bin/env bash
# Production: the loginserver as its own process. Usage: bin/loginserver.sh [config file, default config/loginserver.properties]
# JVM options: ADEN_JAVA_OPTS (default -XX:+UseG1GC -XX:MaxHeapFreeRatio=30 -XX:MinHeapFreeRatio=10). Stops cleanly on Ctrl-C / SIGTERM (exit 0); exit code 2
# (//restart in game) starts it again, unless ADEN_NO_RESTART=1. A start that fails exits 1. Class-data sharing
# (an archive in data/cds/, see aden_cds_opts in bin/jdk.sh) shortens later starts; ADEN_CDS=off turns it off.
set -euo pipefail
ADEN_HOME=$(cd "$(dirname "$0")/.." && pwd)
cd "$ADEN_HOME"
. bin/aden-java.sh
aden_cds_opts loginserver "${1-}" "$ADEN_CP"
aden_run_loop $ADEN_RESET "$JAVA_HOME/bin/java" $ADEN_CDS_OPTS $ADEN_JAVA_OPTS -Daden.process=loginserver -Dlog4j2.configurationFile=config/log4j2.xml \
  -cp "$ADEN_CP" org.aden.tools.launch.LoginServerMain "$@"
