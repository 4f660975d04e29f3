# Sourced by the start scripts (POSIX sh).
# Runs a server command; exit code 2 (//restart) starts it again, anything else ends the loop with that code.
# SIGINT/SIGTERM reach the JVM (which stops cleanly with 0); ADEN_NO_RESTART=1 runs it once.
aden_run_loop() {
  while :; do
    "$@" 0<&0 &  # explicit: a background job would otherwise read /dev/null (run.sh --admin asks for a password)
    aden_child=$!
    aden_signalled=""
    trap 'aden_signalled=1; kill -TERM "$aden_child" 2>/dev/null' TERM
    trap 'aden_signalled=1; kill -INT "$aden_child" 2>/dev/null' INT
    while :; do
      aden_code=0
      wait "$aden_child" || aden_code=$?
      # a trapped signal interrupts wait with 128+n while the JVM is still stopping: wait for its own exit code
      if [ -n "$aden_signalled" ] && [ "$aden_code" -gt 128 ]; then
        aden_signalled=""
        continue
      fi
      break
    done
    trap - TERM INT
    if [ "$aden_code" -ne 2 ] || [ -n "${ADEN_NO_RESTART-}" ]; then
      return "$aden_code"
    fi
    echo "Aden: restart requested (exit code 2); starting again" >&2
    sleep "${ADEN_RESTART_DELAY:-1}"
  done
}
