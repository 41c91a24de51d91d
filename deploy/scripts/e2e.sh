#!/usr/bin/env bash
# e2e.sh - what `make test` calls after the Maven build produced api/target/clearance.jar.
# Real Keycloak (own copy in e2e/target/, fresh data, :18180) + the app jar (:18081, embedded PostgreSQL in a fresh
# temporary CLEARANCE_HOME) + headless Debian Chromium driven by playwright-core, tests run by `node --test`.
# Always stops what it started; exits with the tests' exit code.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
# shellcheck source=lib.sh
. "$HERE/lib.sh"

APP_PORT=18081
KC_PORT=18180
JAR=${CLEARANCE_JAR:-$ROOT/api/target/clearance.jar}   # CLEARANCE_JAR: another jar (debugging the scripts)
E2E="$ROOT/e2e"
TARGET="$E2E/target"
LOGS="$TARGET/logs"
SHOTS="$TARGET/screenshots"
T0=$(date +%s)
elapsed() { echo "$(( $(date +%s) - T0 ))s"; }

[ -f "$JAR" ] || { echo "ERROR: $JAR is missing; run the Maven build first" >&2; exit 1; }
for tool in java node npm curl; do
  command -v "$tool" >/dev/null || { echo "ERROR: $tool is not on PATH" >&2; exit 1; }
done

bash "$HERE/ensure-chromium.sh"
mkdir -p "$TARGET"
KC_HOME=$(bash "$HERE/ensure-keycloak.sh" "$TARGET" | tail -1)
require_free_port "$KC_PORT" "e2e Keycloak"
require_free_port "$APP_PORT" "e2e app"

rm -rf "$LOGS" "$SHOTS" "$TARGET"/clearance-home.*
mkdir -p "$LOGS" "$SHOTS"
CLEARANCE_HOME_DIR=$(mktemp -d "$TARGET/clearance-home.XXXXXX")
# Run a copy: the JVM reads classes lazily from the jar, and a rebuild during the tests would break the app.
cp "$JAR" "$TARGET/clearance.jar"

APP_PID=""; KC_START_PID=""; TEST_PID=""; TEST_RC=""
cleaned=""
cleanup() {
  local rc=$?
  [ -z "$cleaned" ] || return 0; cleaned=1
  trap '' INT TERM HUP    # a second Ctrl-C (or make's SIGTERM) must not cut the clean-up short
  set +e
  if [ "${TEST_RC:-1}" != 0 ]; then
    echo "---- e2e FAILED: last lines of $LOGS/app.log ----"
    tail -80 "$LOGS/app.log" 2>/dev/null
    echo "---- last lines of $KC_HOME/keycloak.log ----"
    tail -40 "$KC_HOME/keycloak.log" 2>/dev/null
    echo "---- screenshots: $SHOTS ----"
  fi
  if [ -n "$TEST_PID" ] && kill -0 "$TEST_PID" 2>/dev/null; then   # interrupted: stop node and its browsers
    kill -TERM -- "-$TEST_PID" 2>/dev/null; sleep 2; kill -KILL -- "-$TEST_PID" 2>/dev/null
  fi
  [ -n "$KC_START_PID" ] && kill "$KC_START_PID" 2>/dev/null
  stop_app "$APP_PID"
  bash "$HERE/keycloak.sh" stop "$KC_HOME" >/dev/null
  if [ -z "${E2E_KEEP_HOME:-}" ]; then rm -rf "$CLEARANCE_HOME_DIR"; fi
  echo "e2e: stopped app and Keycloak; total $(elapsed)"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

# Keycloak and the app start in parallel (the app needs Keycloak only when the first token arrives).
echo "e2e: starting Keycloak on :$KC_PORT (fresh realm import) and the app on :$APP_PORT"
KC_OWNER_PID=$$ bash "$HERE/keycloak.sh" start "$KC_HOME" "$KC_PORT" fresh >"$LOGS/keycloak-start.log" 2>&1 </dev/null &
KC_START_PID=$!
start_app "$TARGET/clearance.jar" "$LOGS/app.log" \
  MICRONAUT_SERVER_PORT="$APP_PORT" \
  CLEARANCE_HOME="$CLEARANCE_HOME_DIR" \
  CLEARANCE_KEYCLOAK_URL="http://localhost:$KC_PORT" \
  CLEARANCE_PUBLIC_URL="http://localhost:$APP_PORT"

echo "e2e: npm install in e2e/"
(cd "$E2E" && npm install --no-audit --no-fund </dev/null)

wait_for_health "http://127.0.0.1:$APP_PORT/health" "$APP_PORT" "$APP_PID" "$LOGS/app.log" 300
echo "e2e: app healthy after $(elapsed)"
kc_rc=0; wait "$KC_START_PID" || kc_rc=$?
KC_START_PID=""
cat "$LOGS/keycloak-start.log"
[ "$kc_rc" = 0 ] || { echo "ERROR: Keycloak did not start" >&2; exit 1; }
echo "e2e: Keycloak ready after $(elapsed); running tests"

# In the background + wait, so that a SIGTERM/SIGINT to this script is handled at once (bash defers traps until a
# foreground child ends); setsid gives node, its test processes and their browsers one process group to stop.
# One file at a time, in name order (node sorts them): 10-keycloak (the realm), 20-ui (the browser, on a still empty
# database, as on a first run), 30-api.
(cd "$E2E" && APP_URL="http://localhost:$APP_PORT" KC_URL="http://localhost:$KC_PORT" SCREENSHOT_DIR="$SHOTS" \
  CHROMIUM=/usr/bin/chromium FORCE_COLOR=0 \
  exec setsid node --test --test-concurrency=1 --test-reporter=tap tests/*.test.mjs </dev/null) &
TEST_PID=$!
TEST_RC=0; wait "$TEST_PID" || TEST_RC=$?
TEST_PID=""
echo "e2e: tests finished with exit code $TEST_RC after $(elapsed); screenshots in ${SHOTS#"$ROOT"/}"
exit "$TEST_RC"
