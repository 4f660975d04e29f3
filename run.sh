#!/usr/bin/env bash
# Aden standalone shard: builds what is missing or stale, then runs embedded MariaDB + login server + game server.
# ./run.sh --help lists the options. Ctrl-C stops everything cleanly. ADEN_NO_BUILD=1 skips the build check.
# Exit code 2 (//restart in game) starts the shard again, unless ADEN_NO_RESTART=1.
set -euo pipefail
cd "$(dirname "$0")"
for a in "$@"; do
  case $a in
    -h|--help) cat bin/run-help.txt; exit 0 ;;  # no build, no JVM (a test keeps the text equal to --help's)
  esac
done
. bin/jdk.sh
aden_find_jdk || exit 1

jar=tools/target/aden-tools-0.1.0-SNAPSHOT.jar
stale() {
  [[ ! -f $jar || ! -d tools/target/lib ]] && return 0
  [[ -n $(find pom.xml common loginserver gameserver tools sql -newer "$jar" \
      \( -name '*.java' -o -name '*.xml' -o -name '*.sql' -o -name '*.properties' \) -not -path '*/target/*' -print -quit) ]]
}
if [[ -z ${ADEN_NO_BUILD-} ]] && stale; then
  echo "Building Aden (first start or sources changed)..."
  ./mvnw -q -B -DskipTests package || { echo "The build failed; see the messages above." >&2; exit 1; }
fi
# A shell that starts us in the background hands SIGINT down as "ignored", and the JVM then never sees Ctrl-C /
# kill -INT: give the JVM the default dispositions back so it can stop cleanly on them.
reset=(); env --default-signal=INT true 2>/dev/null && reset=(env --default-signal=INT,TERM)
. bin/aden-loop.sh
aden_cds_opts standalone "" "$jar:tools/target/lib/*"  # class-data sharing (data/cds/standalone.jsa): later starts are shorter; ADEN_CDS=off
aden_run_loop "${reset[@]}" "$JAVA_HOME/bin/java" $ADEN_CDS_OPTS ${ADEN_JAVA_OPTS:--XX:+UseG1GC -XX:MaxHeapFreeRatio=30 -XX:MinHeapFreeRatio=10} -Dlog4j2.configurationFile=config/log4j2.xml \
  -cp "$jar:tools/target/lib/*" org.aden.tools.standalone.Standalone "$@"
