#!/usr/bin/env bash
# run.sh - what `make run` calls once api/target/clearance.jar exists.
# Starts Keycloak (downloaded once into .local/, data kept between runs) on :18080 and the app on :8080 with its
# embedded PostgreSQL (data in $CLEARANCE_HOME, default ~/.clearance), prints the URL and the demo logins, and stays
# in the foreground. Ctrl-C stops both.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
# shellcheck source=lib.sh
. "$HERE/lib.sh"

APP_PORT=8080          # fixed: the realm's clearance-web client allows redirects to :8080 (and :18081 for e2e)
KC_PORT=18080
JAR=${CLEARANCE_JAR:-$ROOT/api/target/clearance.jar}   # CLEARANCE_JAR: another jar (debugging the scripts)
LOCAL="$ROOT/.local"
LOGS="$LOCAL/logs"

[ -f "$JAR" ] || { echo "ERROR: $JAR is missing; build it with: ./mvnw -B -DskipTests package -pl api -am" >&2; exit 1; }
command -v java >/dev/null || { echo "ERROR: java (17+) is not on PATH" >&2; exit 1; }
require_free_port "$APP_PORT" "Clearance app"
require_free_port "$KC_PORT" "Keycloak"

mkdir -p "$LOGS"
KC_HOME=$(bash "$HERE/ensure-keycloak.sh" "$LOCAL" | tail -1)

APP_PID=""; KC_START_PID=""
cleaned=""
cleanup() {
  [ -z "$cleaned" ] || return 0; cleaned=1
  trap '' INT TERM HUP    # a second Ctrl-C (or make's SIGTERM) must not cut the clean-up short
  echo
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    echo "Stopping Clearance..."; stop_app "$APP_PID"
  fi
  if [ -n "$KC_START_PID" ]; then kill "$KC_START_PID" 2>/dev/null || true; fi
  echo "Stopping Keycloak..."
  bash "$HERE/keycloak.sh" stop "$KC_HOME" || true
  echo "Stopped."
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

# Demo lists: the public lists in data/ (provenance in data/SOURCES.md), linked into a watched directory the app
# imports from at start-up (and re-checks hourly; a changed file becomes a new snapshot). Point
# CLEARANCE_LISTS_DIRECTORY at your own download directory to use current lists instead.
LISTS=${CLEARANCE_LISTS_DIRECTORY:-$LOCAL/lists}
if [ -z "${CLEARANCE_LISTS_DIRECTORY:-}" ]; then
  mkdir -p "$LISTS"/{OFAC_SDN,OFAC_NON_SDN,CSL,BIS_DPL,UN}
  ln -sfn "$ROOT/data/lists/ofac/2024-05-03/sdn.csv" "$LISTS/OFAC_SDN/sdn.csv"
  ln -sfn "$ROOT/data/lists/ofac/2025-12-24/alt.csv" "$LISTS/OFAC_SDN/alt.csv"
  ln -sfn "$ROOT/data/lists/ofac/2025-12-24/add.csv" "$LISTS/OFAC_SDN/add.csv"
  for f in cons_prim cons_alt cons_add; do
    ln -sfn "$ROOT/data/lists/ofac_non_sdn/2025-12-19/$f.csv" "$LISTS/OFAC_NON_SDN/$f.csv"
  done
  # NB: the CSL sample's last record is cut off mid-field (data/SOURCES.md); the importer rightly rejects that, so
  # the demo gets a copy without its last line.
  head -n -1 "$ROOT/data/lists/csl/2023-11-30/csl.csv" > "$LISTS/CSL/csl.csv.tmp"
  if cmp -s "$LISTS/CSL/csl.csv.tmp" "$LISTS/CSL/csl.csv"; then rm -f "$LISTS/CSL/csl.csv.tmp"; else mv "$LISTS/CSL/csl.csv.tmp" "$LISTS/CSL/csl.csv"; fi
  ln -sfn "$ROOT/data/lists/bis_dpl/2023-11-30/dpl.txt" "$LISTS/BIS_DPL/dpl.txt"
  ln -sfn "$ROOT/data/lists/un/2026-02-27/UN_consolidated.xml" "$LISTS/UN/UN_consolidated.xml"
fi

t0=$(date +%s)
# Keycloak and the app start in parallel (the app needs Keycloak only for the first login). Keycloak's start script
# runs in the background + wait, so a SIGTERM to this script is handled at once (bash defers traps otherwise).
KC_OWNER_PID=$$ bash "$HERE/keycloak.sh" start "$KC_HOME" "$KC_PORT" &
KC_START_PID=$!
# Run a copy: the JVM reads classes lazily from the jar, and a rebuild while the app runs would break it.
cp "$JAR" "$LOCAL/clearance.jar"
echo "clearance: starting the app on http://localhost:$APP_PORT (log $LOGS/app.log)"
start_app "$LOCAL/clearance.jar" "$LOGS/app.log" MICRONAUT_SERVER_PORT="$APP_PORT" CLEARANCE_KEYCLOAK_URL="http://localhost:$KC_PORT" \
  CLEARANCE_LISTS_DIRECTORY="$LISTS"
wait_for_health "http://127.0.0.1:$APP_PORT/health" "$APP_PORT" "$APP_PID" "$LOGS/app.log" 300
wait "$KC_START_PID"
KC_START_PID=""

cat <<MSG

  Clearance is running at  http://localhost:$APP_PORT   (up after $(( $(date +%s) - t0 ))s)

  Demo logins (Keycloak realm "clearance"):
    user     password    roles
    alice    alice-pw    analyst
    sam      sam-pw      security-reviewer
    lee      lee-pw      legal-reviewer
    audrey   audrey-pw   auditor
    adam     adam-pw     admin
    dana     dana-pw     analyst, legal-reviewer

  Keycloak:  http://localhost:$KC_PORT   (admin console /admin: admin / admin)
  Logs:      ${LOGS#"$ROOT"/}/app.log, ${KC_HOME#"$ROOT"/}/keycloak.log
  Data:      ${CLEARANCE_HOME:-~/.clearance}/pgdata (app), ${KC_HOME#"$ROOT"/}/data (Keycloak)
  Lists:     imported in the background from $LISTS (Lists page; hourly re-check)

  Press Ctrl-C to stop.
MSG

while :; do
  if ! kill -0 "$APP_PID" 2>/dev/null; then
    echo "ERROR: the app stopped unexpectedly; last lines of $LOGS/app.log:" >&2; tail -40 "$LOGS/app.log" >&2; exit 1
  fi
  if ! bash "$HERE/keycloak.sh" status "$KC_HOME" >/dev/null; then
    echo "ERROR: Keycloak stopped unexpectedly; last lines of $KC_HOME/keycloak.log:" >&2; tail -40 "$KC_HOME/keycloak.log" >&2; exit 1
  fi
  sleep 2 & wait $! || true
done
