#!/usr/bin/env bash
# The load benchmark against two portal instances on one PostgreSQL database behind Debian's nginx, all on loopback:
#   scripts/load-two-instances.sh [load options]     e.g.  scripts/load-two-instances.sh --agents 200 --seconds 90
# It builds the portal and the benchmark command (Release), starts a throwaway PostgreSQL cluster
# (scripts/postgres-cluster.sh), lets the first instance migrate the database and fill it with the demo data, starts the
# second, starts nginx with the documented upstream (docs/deployment.md: hash $remote_addr consistent, WebSockets),
# runs `PanteinExtra.Benchmarks load` through nginx with the agents spread over 64 loopback source addresses (else
# every agent is 127.0.0.1 and the hash puts all of them on one instance), prints which instance served how many
# circuits, and stops everything it started by process id. Every process is bounded by `timeout`.
# Set PANTEIN_LOAD_NO_BUILD=1 to use the existing Release build. With dotnet-gcdump on the PATH (or its path in
# PANTEIN_GCDUMP) the command also reports the live heap per circuit. Set PANTEIN_LOAD_LOGS to a folder to keep the
# instances' and nginx's logs there (the work folder is removed at the end).
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd)"
# shellcheck source=postgres-cluster.sh
source scripts/postgres-cluster.sh

bound_seconds=1800
work="$(mktemp -d /tmp/pantein-load-XXXXXX)"
pids=()

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

stop_all() {
  local pid
  for pid in "${pids[@]}"; do
    kill -TERM "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    for _ in $(seq 1 50); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.2
    done
    kill -KILL "$pid" 2>/dev/null || true
  done
  pg_test_cluster_stop
  if [ -n "${PANTEIN_LOAD_LOGS:-}" ]; then
    mkdir -p "$PANTEIN_LOAD_LOGS" && cp "$work"/*.log "$PANTEIN_LOAD_LOGS"/
  fi
  rm -rf "$work"
}
trap stop_all EXIT

wait_ready() { # url seconds
  local deadline=$((SECONDS + $2))
  until curl -fs -o /dev/null "$1"; do
    if [ $SECONDS -ge $deadline ]; then
      echo "Not ready in $2 s: $1" >&2
      return 1
    fi
    sleep 1
  done
}

if [ "${PANTEIN_LOAD_NO_BUILD:-0}" != "1" ]; then
  dotnet build -c Release PanteinExtra.Portal -v q -nologo
  dotnet build -c Release PanteinExtra.Benchmarks -v q -nologo
fi
portal_output="$repo/PanteinExtra.Portal/bin/Release/net10.0"
bench_dll="$repo/PanteinExtra.Benchmarks/bin/Release/net10.0/PanteinExtra.Benchmarks.dll"

pg_test_cluster_start
connection="${PANTEIN_TEST_POSTGRES/Database=postgres/Database=pantein_load};Maximum Pool Size=100"

# One data-protection certificate and one checkpoint folder for both instances (docs/deployment.md).
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/dp.key" -out "$work/dp.crt" -days 7 -subj "/CN=Pantein Extra load" 2>/dev/null
openssl pkcs12 -export -out "$work/dataprotection.pfx" -inkey "$work/dp.key" -in "$work/dp.crt" -passout pass: 2>/dev/null
mkdir -p "$work/checkpoints"

start_instance() { # port seed-demo-data log
  (
    cd "$portal_output"
    exec env ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$1" DOTNET_CLI_TELEMETRY_OPTOUT=1 \
      Database__Provider=Postgres Database__SeedDemoData="$2" ConnectionStrings__Portal="$connection" \
      DataProtection__CertificatePath="$work/dataprotection.pfx" AuditChain__CheckpointFolder="$work/checkpoints" \
      ForwardedHeaders__KnownProxies__0=127.0.0.1 Intake__PermitLimit=1000000 \
      Logging__LogLevel__Default=Warning Logging__Console__FormatterName=simple \
      timeout --kill-after=10 "$bound_seconds" dotnet PanteinExtra.Portal.dll
  ) >"$3" 2>&1 &
  pids+=("$!")
}

# `timeout` runs the portal as its child: the process whose CPU and memory count is that child.
portal_pid() { pgrep -P "$1" -x dotnet || pgrep -P "$1"; }

port1="$(free_port)"
port2="$(free_port)"
start_instance "$port1" true "$work/instance1.log"
timeout1="${pids[-1]}"
wait_ready "http://127.0.0.1:$port1/health/ready" 300 || { tail -40 "$work/instance1.log"; exit 1; }
start_instance "$port2" false "$work/instance2.log"
timeout2="${pids[-1]}"
wait_ready "http://127.0.0.1:$port2/health/ready" 180 || { tail -40 "$work/instance2.log"; exit 1; }
pid1="$(portal_pid "$timeout1")"
pid2="$(portal_pid "$timeout2")"

nginx_port="$(free_port)"
mkdir -p "$work/nginx"
cat >"$work/nginx.conf" <<EOF
worker_processes 1;
events { worker_connections 4096; }
http {
    client_body_temp_path $work/nginx/client_body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    log_format upstreams '\$remote_addr \$request_method \$request_uri \$upstream_addr \$status';
    access_log $work/access.log upstreams;

    upstream pantein_extra {
        hash \$remote_addr consistent;
        server 127.0.0.1:$port1 max_fails=2 fail_timeout=10s;
        server 127.0.0.1:$port2 max_fails=2 fail_timeout=10s;
    }

    map \$http_upgrade \$connection_upgrade {
        default upgrade;
        ''      close;
    }

    server {
        listen 127.0.0.1:$nginx_port;
        location / {
            proxy_pass http://pantein_extra;
            proxy_http_version 1.1;
            proxy_set_header Upgrade \$http_upgrade;
            proxy_set_header Connection \$connection_upgrade;
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_read_timeout 120s;
        }
    }
}
EOF
timeout --kill-after=10 "$bound_seconds" /usr/sbin/nginx -p "$work/" -c "$work/nginx.conf" -e "$work/error.log" \
  -g "daemon off; pid $work/nginx.pid;" >"$work/nginx.out" 2>&1 &
pids+=("$!")
wait_ready "http://127.0.0.1:$nginx_port/health/live" 20 || { cat "$work/error.log"; exit 1; }

gcdump="${PANTEIN_GCDUMP:-$(command -v dotnet-gcdump || true)}"
gcdump_option=()
[ -n "$gcdump" ] && gcdump_option=(--gcdump "$gcdump")

echo "Two instances (pids $pid1 on $port1, $pid2 on $port2) on PostgreSQL, nginx on $nginx_port."
timeout --kill-after=10 "$bound_seconds" dotnet "$bench_dll" load --url "http://127.0.0.1:$nginx_port" \
  --server-pids "$pid1,$pid2" --source-addresses 64 "${gcdump_option[@]}" "$@" || status=$?

if [ "${status:-0}" != 0 ]; then
  echo "The load command failed ($status); the instances said:"
  tail -n 30 "$work/instance1.log" "$work/instance2.log"
  exit "$status"
fi
echo "circuits per instance (WebSocket upgrades nginx passed on): $(grep ' /_blazor' "$work/access.log" | awk '{print $4}' | sort | uniq -c | tr '\n' ' ')"
