#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: Debian's PostgreSQL (installed here if missing), a fresh data folder,
# listening on 127.0.0.1 only, on a free port, trust authentication for that loopback port. Sourced by
# scripts/test.sh:
#   pg_test_cluster_start   sets PANTEIN_TEST_POSTGRES to a connection string for the cluster's superuser
#   pg_test_cluster_stop    stops the cluster and removes its folder (safe to call twice)

pg_test_cluster_start() {
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "Installing Debian's postgresql for the database tests..."
    local sudo_cmd=""
    [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq postgresql >/dev/null
  fi
  local bin
  bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  PG_TEST_DIR="$(mktemp -d /tmp/pantein-pg-XXXXXX)"
  PG_TEST_PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
  # PostgreSQL refuses to run as root: as root the cluster belongs to the postgres user the package created.
  PG_TEST_AS=()
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres:postgres "$PG_TEST_DIR"
    PG_TEST_AS=(runuser -u postgres --)
  fi
  PG_TEST_CTL="$bin/pg_ctl"
  "${PG_TEST_AS[@]}" "$bin/initdb" -D "$PG_TEST_DIR/data" -U pantein --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  "${PG_TEST_AS[@]}" "$PG_TEST_CTL" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PG_TEST_PORT -k $PG_TEST_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
    start >/dev/null
  export PANTEIN_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_TEST_PORT;Username=pantein;Database=postgres;Include Error Detail=true"
  echo "PostgreSQL test cluster on 127.0.0.1:$PG_TEST_PORT ($PG_TEST_DIR)"
}

pg_test_cluster_stop() {
  if [ -n "${PG_TEST_DIR:-}" ] && [ -d "$PG_TEST_DIR/data" ]; then
    "${PG_TEST_AS[@]}" "$PG_TEST_CTL" -D "$PG_TEST_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  if [ -n "${PG_TEST_DIR:-}" ]; then
    rm -rf "$PG_TEST_DIR"
  fi
  PG_TEST_DIR=""
}
