# Sourced by every Aden script (POSIX sh): makes JAVA_HOME point at a JDK >= 21.
# Order: $JAVA_HOME if it is new enough, else the newest JDK >= 21 under /usr/lib/jvm
# (or $ADEN_JDK_DIRS), else the `java` on PATH; otherwise stop with one clear sentence.

aden_java_major() {
  # prints the feature version of the JDK at $1, or nothing
  if [ -r "$1/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$1/release" 2>/dev/null)
    if [ -n "$v" ]; then printf '%s\n' "$v"; return; fi
  fi
  [ -x "$1/bin/java" ] || return 0
  "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9][0-9]*\).*/\1/p' | head -n 1
}

aden_find_jdk() {
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    m=$(aden_java_major "$JAVA_HOME")
    if [ -n "$m" ] && [ "$m" -ge 21 ]; then return 0; fi
  fi
  best=""; bestm=0
  case $- in *f*) aden_noglob=1 ;; *) aden_noglob="" ;; esac
  set +f  # callers like mvnw run with globbing off
  for d in ${ADEN_JDK_DIRS:-/usr/lib/jvm/* /opt/java/* /opt/jdk*}; do
    [ -x "$d/bin/javac" ] || continue
    m=$(aden_java_major "$d")
    if [ -n "$m" ] && [ "$m" -ge 21 ] && [ "$m" -gt "$bestm" ]; then best=$d; bestm=$m; fi
  done
  [ -z "$aden_noglob" ] || set -f
  if [ -z "$best" ] && command -v javac >/dev/null 2>&1; then
    d=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    m=$(aden_java_major "$d")
    if [ -n "$m" ] && [ "$m" -ge 21 ]; then best=$d; fi
  fi
  if [ -z "$best" ]; then
    echo "Aden needs a JDK 21 or newer: install one (e.g. apt-get install openjdk-21-jdk-headless) or set JAVA_HOME to it." >&2
    return 1
  fi
  JAVA_HOME=$best
  export JAVA_HOME
}

aden_cds_opts() {
  # Class-data sharing for a server JVM: the classes a start loads are kept in an archive (written by the JVM when the
  # process exits), which the next start maps instead of loading and verifying them again. $1: the process
  # (gameserver, loginserver, standalone); $2: its config file, or "" (one archive per config, so two servers of one
  # installation never write the same file); $3: the class path. The JVM does not rewrite an archive whose jars
  # changed (it runs without it, with a warning, every time): an archive older than a jar of the class path, or made
  # with another JDK, is removed here and written again at the next exit. ADEN_CDS=off turns it off; the archives
  # live in ADEN_CDS_DIR (default data/cds). Sets ADEN_CDS_OPTS.
  ADEN_CDS_OPTS=""
  [ "${ADEN_CDS-}" = off ] && return 0
  aden_cds_dir=${ADEN_CDS_DIR:-${ADEN_HOME:-$PWD}/data/cds}
  case $aden_cds_dir in *[[:space:]]*) return 0 ;; esac  # the options are split on spaces: no CDS there
  { mkdir -p "$aden_cds_dir" 2>/dev/null && [ -w "$aden_cds_dir" ]; } || return 0
  aden_cds_name=$1
  if [ -n "${2-}" ]; then
    aden_cds_stem=$(basename "$2" .properties | tr -c 'A-Za-z0-9._\n-' '_')
    [ "$aden_cds_stem" = "$1" ] || aden_cds_name="$1-$aden_cds_stem"
  fi
  aden_cds_file=$aden_cds_dir/$aden_cds_name.jsa
  aden_cds_stamp="$JAVA_HOME ${3-}"
  if [ -f "$aden_cds_file" ]; then
    aden_cds_stale=""
    [ "$(cat "$aden_cds_file.jdk" 2>/dev/null)" = "$aden_cds_stamp" ] || aden_cds_stale=1
    aden_cds_ifs=$IFS; IFS=:
    for aden_cds_entry in ${3-}; do
      case $aden_cds_entry in
        *'/*') aden_cds_where=${aden_cds_entry%/\*} ;;
        *) aden_cds_where=$aden_cds_entry ;;
      esac
      if [ -e "$aden_cds_where" ] && [ -n "$(find "$aden_cds_where" -name '*.jar' -newer "$aden_cds_file" 2>/dev/null | head -n 1)" ]; then
        aden_cds_stale=1
      fi
    done
    IFS=$aden_cds_ifs
    [ -z "$aden_cds_stale" ] || rm -f "$aden_cds_file"
  fi
  printf '%s\n' "$aden_cds_stamp" > "$aden_cds_file.jdk" 2>/dev/null || return 0
  ADEN_CDS_OPTS="-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=$aden_cds_file"
}
