#!/usr/bin/env bash
# ensure-chromium.sh - make sure Debian's Chromium is at /usr/bin/chromium (used headless by the e2e tests
# through playwright-core; Playwright's own browser download does not work on this network).
# Installs it with apt-get when missing; needs root for that. Idempotent and instant when present.
set -euo pipefail
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: $CHROMIUM is missing and apt-get is not available; install Chromium by hand." >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO="sudo -n"
  else
    echo "ensure-chromium: $CHROMIUM is missing; installing it needs root." >&2
    echo "  run: sudo apt-get update && sudo apt-get install -y chromium" >&2
    exit 1
  fi
fi
echo "ensure-chromium: installing Debian package 'chromium' (about 90 s on a fresh machine)..."
t0=$(date +%s)
$SUDO apt-get update -q </dev/null
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium </dev/null
if [ ! -x "$CHROMIUM" ]; then
  echo "ensure-chromium: apt-get finished but $CHROMIUM is still missing." >&2
  exit 1
fi
echo "ensure-chromium: $("$CHROMIUM" --version 2>/dev/null | head -1) installed in $(( $(date +%s) - t0 ))s"
