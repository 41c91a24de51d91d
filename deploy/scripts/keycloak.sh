#!/usr/bin/env bash
# keycloak.sh start|stop|status KC_HOME [PORT] [fresh]
#
# Runs Keycloak (start-dev, H2 in KC_HOME/data) on 127.0.0.1:PORT with the realm from
# deploy/keycloak/clearance-realm.json imported, and waits until the realm answers.
#   start KC_HOME PORT        keep data between runs, but wipe it (and so re-import the realm) when the realm file
#                             changed since the last import (its sha256 is kept in KC_HOME/realm.sha256)
#   start KC_HOME PORT fresh  always wipe data/ and re-import (tests)
#   stop KC_HOME              stop the Keycloak started from KC_HOME (SIGTERM to its process group, then SIGKILL)
#   status KC_HOME            exit 0 when it runs
# Log: KC_HOME/keycloak.log, pid: KC_HOME/keycloak.pid.
# A watchdog stops Keycloak when the owner process dies (default: the caller, $PPID; set KC_OWNER_PID to choose,
# KC_NO_WATCHDOG=1 to turn it off). Every background child is detached from our stdout/stderr, so callers that
# wait for the pipe to close (make, Maven exec, $(...)) never hang.
set -euo pipefail
usage() { echo "usage: $0 start|stop|status KC_HOME [PORT] [fresh]" >&2; exit 2; }
[ $# -ge 2 ] || usage
cmd=$1; KC_HOME=$2; PORT=${3:-18080}; MODE=${4:-}
HERE=$(cd "$(dirname "$0")" && pwd)
REALM_FILE=${KC_REALM_FILE:-$HERE/../keycloak/clearance-realm.json}
REALM=clearance
PIDF="$KC_HOME/keycloak.pid"; LOG="$KC_HOME/keycloak.log"; SHAF="$KC_HOME/realm.sha256"

running() { [ -f "$PIDF" ] && kill -0 "$(cat "$PIDF")" 2>/dev/null; }

stop() {
  [ -f "$PIDF" ] || return 0
  local pid; pid=$(cat "$PIDF")
  if kill -0 "$pid" 2>/dev/null; then
    # setsid made kc.sh the leader of its own process group: signal the group (kc.sh and its java).
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 150); do
      kill -0 -- "-$pid" 2>/dev/null || kill -0 "$pid" 2>/dev/null || break
      sleep 0.2
    done
    if kill -0 -- "-$pid" 2>/dev/null || kill -0 "$pid" 2>/dev/null; then
      echo "keycloak: did not stop within 30s, killing" >&2
      kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  rm -f "$PIDF"
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

case "$cmd" in
start)
  [ -x "$KC_HOME/bin/kc.sh" ] || { echo "keycloak: no Keycloak in $KC_HOME (run deploy/scripts/ensure-keycloak.sh)" >&2; exit 1; }
  [ -f "$REALM_FILE" ] || { echo "keycloak: realm file $REALM_FILE missing" >&2; exit 1; }
  stop
  if port_in_use "$PORT"; then
    echo "keycloak: port $PORT is already in use by another process; stop it first (ss -ltnp 'sport = :$PORT')" >&2
    exit 1
  fi
  sha=$(sha256sum "$REALM_FILE" | cut -d' ' -f1)
  if [ "$MODE" = fresh ] || [ "$MODE" = --fresh ]; then
    rm -rf "$KC_HOME/data"
  elif [ -d "$KC_HOME/data/h2" ] && [ "$(cat "$SHAF" 2>/dev/null)" != "$sha" ]; then
    echo "keycloak: realm file changed since the last import: wiping Keycloak's data and re-importing"
    rm -rf "$KC_HOME/data"
  fi
  mkdir -p "$KC_HOME/data/import"
  rm -f "$KC_HOME/data/import/"*.json
  cp "$REALM_FILE" "$KC_HOME/data/import/$REALM-realm.json"
  echo "$sha" > "$SHAF"
  chmod +x "$KC_HOME/bin/kc.sh"
  t0=$(date +%s)
  # setsid: own session and process group, so a Ctrl-C in the caller's terminal doesn't reach Keycloak directly
  # and stop() can signal the whole group.
  KC_BOOTSTRAP_ADMIN_USERNAME=${KC_BOOTSTRAP_ADMIN_USERNAME:-admin} \
  KC_BOOTSTRAP_ADMIN_PASSWORD=${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin} \
  JAVA_OPTS_APPEND=${JAVA_OPTS_APPEND:--XX:TieredStopAtLevel=1} \
    setsid "$KC_HOME/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$PORT" \
      --hostname="http://localhost:$PORT" --import-realm >"$LOG" 2>&1 </dev/null &
  pid=$!; echo "$pid" > "$PIDF"
  owner=${KC_OWNER_PID:-$PPID}
  if [ -z "${KC_NO_WATCHDOG:-}" ]; then
    # NB: the whole subshell is detached from our fds, or callers waiting for EOF on our stdout hang forever.
    ( while kill -0 "$owner" 2>/dev/null && kill -0 "$pid" 2>/dev/null; do sleep 2; done
      kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true ) >/dev/null 2>&1 </dev/null &
  fi
  echo "keycloak: starting on http://localhost:$PORT (log $LOG)"
  for _ in $(seq 1 480); do
    if curl -fs -o /dev/null "http://127.0.0.1:$PORT/realms/$REALM/.well-known/openid-configuration"; then
      echo "keycloak: ready on http://localhost:$PORT after $(( $(date +%s) - t0 ))s (pid $pid)"; exit 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "keycloak: exited during start-up; last log lines:" >&2; tail -50 "$LOG" >&2; rm -f "$PIDF"; exit 1
    fi
    sleep 0.5
  done
  echo "keycloak: not ready after 240s; last log lines:" >&2; tail -50 "$LOG" >&2; stop; exit 1 ;;
stop)
  if running; then stop; echo "keycloak: stopped ($KC_HOME)"; else rm -f "$PIDF"; fi ;;
status)
  if running; then echo "keycloak: running, pid $(cat "$PIDF")"; else echo "keycloak: not running"; exit 1; fi ;;
*) usage ;;
esac
