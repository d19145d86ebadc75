#!/usr/bin/env bash
# Runs every test: unit, component, integration and browser tests on SQLite (Debian's Chromium, installed here if
# missing), then the database tests (Core, integration, the retention journey) again on a throwaway PostgreSQL
# cluster on 127.0.0.1 (Debian's PostgreSQL, installed here if missing; stopped and removed at the end), with the
# PostgreSQL-only tests (Engine=PostgresOnly: two portal instances behind Debian's nginx, installed here if missing).
# PANTEIN_TEST_ENGINES=sqlite skips the PostgreSQL pass. Ends with the plain summary line "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
source scripts/postgres-cluster.sh

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's chromium for the browser tests..."
  if [ "$(id -u)" -eq 0 ]; then sudo_cmd=""; else sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
fi

# The two-instance test (PanteinExtra.Tests/Integration/TwoInstancesTests.cs) runs Debian's nginx in front of two portals.
if [ ! -x /usr/sbin/nginx ]; then
  echo "Installing Debian's nginx for the two-instance test..."
  if [ "$(id -u)" -eq 0 ]; then sudo_cmd=""; else sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq nginx >/dev/null
  # Only the test's own nginx runs (on a loopback port, from a temp folder): stop the service the package may start.
  if command -v systemctl >/dev/null && systemctl is-active --quiet nginx 2>/dev/null; then $sudo_cmd systemctl stop nginx; fi
fi

# The local OpenID Connect provider of the Entra ID sign-in test (PanteinExtra.Tests/TestIdentityProvider) runs on node.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "Installing Debian's nodejs and npm for the test identity provider..."
  if [ "$(id -u)" -eq 0 ]; then sudo_cmd=""; else sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq nodejs npm >/dev/null
fi
npm ci --prefix PanteinExtra.Tests/TestIdentityProvider --no-audit --no-fund --loglevel=error

results="$(mktemp -d)"
trap 'pg_test_cluster_stop; rm -rf "$results"' EXIT

status=0
# run_pass NAME [dotnet test arguments...]: one pass, its trx in $results/NAME.
run_pass() {
  local name="$1"
  shift
  set +e
  dotnet test PanteinExtra.sln "$@" \
    --blame-hang-timeout 5m \
    --logger "trx;LogFileName=$name.trx" \
    --logger "console;verbosity=minimal" \
    --results-directory "$results/$name" \
    -- RunConfiguration.TreatNoTestsAsError=true
  local pass_status=$?
  set -e
  [ "$pass_status" -eq 0 ] || status=$pass_status
}

unset PANTEIN_TEST_POSTGRES
echo "== All tests on SQLite"
run_pass sqlite --filter "Engine!=PostgresOnly"

if [ "${PANTEIN_TEST_ENGINES:-sqlite,postgres}" != "sqlite" ]; then
  echo "== Database tests on PostgreSQL"
  pg_test_cluster_start
  run_pass postgres --no-build \
    --filter "(FullyQualifiedName~PanteinExtra.Tests.Core|FullyQualifiedName~PanteinExtra.Tests.Integration|FullyQualifiedName~RetentionJourney)&Engine!=SqliteOnly"
  pg_test_cluster_stop
fi

passed=0
failed=0
for trx in $(find "$results" -name '*.trx'); do
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
  passed=$((passed + $(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")))
  failed=$((failed + $(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")))
done
if [ "$passed" -eq 0 ] && [ "$status" -eq 0 ]; then
  status=1
fi
echo "$passed passed, $failed failed"
exit "$status"
