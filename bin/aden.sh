#!/usr/bin/env bash
# Operator command line (accounts, bans, ...): bin/aden.sh --help
set -euo pipefail
ADEN_HOME=$(cd "$(dirname "$0")/.." && pwd)
cd "$ADEN_HOME"
. bin/aden-java.sh
exec "$JAVA_HOME/bin/java" -Daden.process=cli -Dlog4j2.configurationFile=config/log4j2-cli.xml -cp "$ADEN_CP" org.aden.tools.cli.AdenCli "$@"
