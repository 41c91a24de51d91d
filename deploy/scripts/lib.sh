# lib.sh - helpers shared by run.sh and e2e.sh (sourced, not run).

# port_in_use PORT: true when something accepts TCP connections on 127.0.0.1:PORT.
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# require_free_port PORT WHAT: exit 1 with a clear message when PORT is taken.
require_free_port() {
  if port_in_use "$1"; then
    echo "ERROR: port $1 ($2) is already in use." >&2
    echo "       Stop whatever listens there (find it with: ss -ltnp 'sport = :$1') and try again." >&2
    exit 1
  fi
}

# start_app JAR LOG [VAR=value ...]: start the Clearance jar in its own session (so a Ctrl-C in the terminal
# doesn't hit it before we stop it in order), with the given extra environment. Sets APP_PID.
# A watchdog stops the app if this script dies without cleaning up (e.g. SIGKILL).
start_app() {
  local jar=$1 log=$2; shift 2
  # shellcheck disable=SC2086
  env "$@" setsid java ${CLEARANCE_JAVA_OPTS:-} -jar "$jar" >"$log" 2>&1 </dev/null &
  APP_PID=$!
  local owner=$$ pid=$APP_PID
  ( while kill -0 "$owner" 2>/dev/null && kill -0 "$pid" 2>/dev/null; do sleep 2; done
    kill -TERM "$pid" 2>/dev/null || true ) >/dev/null 2>&1 </dev/null &
}

# listener_is PORT PID: true when PID owns the TCP listener on PORT (or when `ss` can't tell).
listener_is() {
  command -v ss >/dev/null 2>&1 || return 0
  ss -Hltnp "sport = :$1" 2>/dev/null | grep -q "pid=$2,"
}

# wait_for_health URL PORT PID LOG TIMEOUT_S: poll URL until it answers 2xx from PID's listener on PORT;
# fail when PID exits or time runs out.
wait_for_health() {
  local url=$1 port=$2 pid=$3 log=$4 timeout=$5 t0; t0=$(date +%s)
  while :; do
    if curl -fs -o /dev/null "$url" && listener_is "$port" "$pid"; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "ERROR: the app exited during start-up; last lines of $log:" >&2; tail -60 "$log" >&2; return 1
    fi
    if [ $(( $(date +%s) - t0 )) -ge "$timeout" ]; then
      echo "ERROR: $url not healthy after ${timeout}s; last lines of $log:" >&2; tail -60 "$log" >&2; return 1
    fi
    sleep 0.5
  done
}

# stop_app PID: SIGTERM (the app stops its embedded PostgreSQL in its shutdown hook), wait up to 30 s,
# then SIGKILL; finally signal anything left in the app's process group.
stop_app() {
  local pid=$1
  [ -n "$pid" ] || return 0
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    if kill -0 "$pid" 2>/dev/null; then
      echo "app did not stop within 30s, killing it" >&2
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  if kill -0 -- "-$pid" 2>/dev/null; then          # leftovers in the app's process group
    kill -TERM -- "-$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 -- "-$pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
}
