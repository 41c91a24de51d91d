#!/usr/bin/env bash
# ensure-keycloak.sh DEST_DIR - make DEST_DIR/keycloak-$KEYCLOAK_VERSION exist.
# The distribution comes from Maven Central (org.keycloak:keycloak-quarkus-dist, tar.gz, about 170 MB) through the
# project's Maven Wrapper, so it is cached in the local Maven repository (~/.m2) and downloaded once per machine.
# Idempotent; returns at once when the directory is already there. Prints the Keycloak home on stdout's last line.
set -euo pipefail
KEYCLOAK_VERSION=${KEYCLOAK_VERSION:-26.7.3}
DEST=${1:?usage: ensure-keycloak.sh DEST_DIR}
mkdir -p "$DEST" && DEST=$(cd "$DEST" && pwd)
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
KC_HOME="$DEST/keycloak-$KEYCLOAK_VERSION"

if [ -x "$KC_HOME/bin/kc.sh" ] && [ -f "$KC_HOME/.unpacked" ]; then
  echo "$KC_HOME"; exit 0
fi

M2_REPO=${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}
TGZ="$M2_REPO/org/keycloak/keycloak-quarkus-dist/$KEYCLOAK_VERSION/keycloak-quarkus-dist-$KEYCLOAK_VERSION.tar.gz"
t0=$(date +%s)
if [ ! -s "$TGZ" ]; then
  echo "ensure-keycloak: fetching org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION (tar.gz, ~170 MB) from Maven Central..." >&2
  # The goal needs no project: run it from a folder without a pom.xml (the wrapper still finds the repo's .mvn/), so
  # the reactor's poms are not even read. stdout goes to stderr: our stdout's last line is KC_HOME.
  repo_opt=(); [ -z "${MAVEN_REPO_LOCAL:-}" ] || repo_opt=("-Dmaven.repo.local=$MAVEN_REPO_LOCAL")
  (cd "$ROOT/deploy/keycloak" && "$ROOT/mvnw" -B -q "${repo_opt[@]}" \
      org.apache.maven.plugins:maven-dependency-plugin:3.8.1:get \
      -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:tar.gz" -Dtransitive=false </dev/null) >&2
fi
if [ ! -s "$TGZ" ]; then
  echo "ensure-keycloak: $TGZ not found after dependency:get (custom local repository? set MAVEN_REPO_LOCAL)" >&2
  exit 1
fi

TMP=$(mktemp -d "$DEST/.keycloak-unpack.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
tar -xzf "$TGZ" -C "$TMP"
[ -x "$TMP/keycloak-$KEYCLOAK_VERSION/bin/kc.sh" ] || { echo "ensure-keycloak: unexpected archive layout in $TGZ" >&2; exit 1; }
rm -rf "$KC_HOME"
mv "$TMP/keycloak-$KEYCLOAK_VERSION" "$KC_HOME"
touch "$KC_HOME/.unpacked"
echo "ensure-keycloak: Keycloak $KEYCLOAK_VERSION unpacked into $KC_HOME in $(( $(date +%s) - t0 ))s" >&2
echo "$KC_HOME"
