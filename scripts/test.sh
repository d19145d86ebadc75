#!/usr/bin/env bash
# Runs every test: unit, component, integration and browser tests (Debian's Chromium, installed here if missing).
# Ends with the plain summary line "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's chromium for the browser tests..."
  if [ "$(id -u)" -eq 0 ]; then sudo_cmd=""; else sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
fi

results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT

set +e
dotnet test PanteinExtra.sln \
  --blame-hang-timeout 5m \
  --logger "trx;LogFileName=tests.trx" \
  --logger "console;verbosity=minimal" \
  --results-directory "$results" \
  -- RunConfiguration.TreatNoTestsAsError=true
status=$?
set -e

trx="$(find "$results" -name '*.trx' | head -n 1)"
if [ -n "$trx" ]; then
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
  passed="$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  failed="$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  echo "${passed:-0} passed, ${failed:-0} failed"
else
  echo "0 passed, 0 failed"
  [ "$status" -ne 0 ] || status=1
fi
exit "$status"
