#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests and benchmarks, on 127.0.0.1 in a temporary folder.
#   eval "$(scripts/postgres.sh start)"   installs PostgreSQL from the system's packages when it is
#                                         missing, starts a server, prints PLEDGEWATCH_TEST_POSTGRES=… and PG_DIR=…
#   scripts/postgres.sh stop DIR          stops that server and removes its folder
set -euo pipefail

find_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

case "${1:-}" in
  start)
    bin=$(find_bin)
    if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
      echo "== installing postgresql" >&2
      as_root apt-get update -qq >&2
      as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
      bin=$(find_bin)
    fi
    port=${PG_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}
    dir=$(mktemp -d /tmp/pledgewatch-pg.XXXXXX)
    chmod 755 "$dir"
    if [ "$(id -u)" -eq 0 ]; then
      chown postgres:postgres "$dir"
      run() { su postgres -s /bin/bash -c "$*"; }
    else
      run() { bash -c "$*"; }
    fi
    run "'$bin/initdb' -D '$dir/data' -U postgres -A trust -E UTF8 --locale=C.UTF-8" >&2
    run "'$bin/pg_ctl' -D '$dir/data' -l '$dir/log' -o \"-h 127.0.0.1 -p $port -k '$dir' -c fsync=on -c max_connections=200\" -w start" >&2
    echo "export PLEDGEWATCH_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=postgres'"
    echo "export PG_DIR='$dir'"
    ;;
  stop)
    dir=${2:?usage: postgres.sh stop DIR}
    bin=$(find_bin)
    if [ "$(id -u)" -eq 0 ]; then
      su postgres -s /bin/bash -c "'$bin/pg_ctl' -D '$dir/data' -m fast -w stop" >/dev/null 2>&1 || true
    else
      "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: scripts/postgres.sh start | stop DIR" >&2
    exit 2
    ;;
esac
