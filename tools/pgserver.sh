#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests and the benchmark.
#
#   tools/pgserver.sh start [--bench]   make a cluster in a new temporary folder, start it
#                                       listening only on a Unix socket in that folder, and
#                                       print its URL (postgresql://...?host=FOLDER)
#   tools/pgserver.sh stop FOLDER       stop that server and remove the folder
#   tools/pgserver.sh bindir            print the folder of the server binaries, or fail
#
# As root, initdb and the server run as the `postgres` user (PostgreSQL refuses root);
# as anyone else, as that user. The binaries are found through $PG_BIN, `pg_config
# --bindir`, or Debian's /usr/lib/postgresql/<version>/bin. --bench sets the settings
# the benchmark uses (see docs/benchmarks.md); without it the server keeps the defaults
# but for a few memory settings sized for a 2-core machine.
set -euo pipefail

die() { echo "pgserver: $*" >&2; exit 1; }

find_bin() {
    local dir
    for dir in "${PG_BIN:-}" "$(pg_config --bindir 2>/dev/null || true)" \
               $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
            echo "$dir"; return 0
        fi
    done
    return 1
}

as_owner() {  # run a command as the user who owns the cluster
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

start() {
    local bench=0
    [ "${1:-}" = "--bench" ] && bench=1
    local bin
    bin="$(find_bin)" || die "PostgreSQL server binaries (initdb, pg_ctl) not found: install \
PostgreSQL (Debian: apt-get install postgresql) or set PG_BIN to the folder that has them"
    if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
        die "running as root needs a 'postgres' user to own the cluster (PostgreSQL refuses root)"
    fi
    local dir
    dir="$(mktemp -d "${TMPDIR:-/tmp}/factcheck-pg.XXXXXX")"
    chmod 755 "$dir"  # the socket's folder: clients of any user may connect
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    local password user
    password="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
    user="$(if [ "$(id -u)" = 0 ]; then echo postgres; else id -un; fi)"
    printf '%s\n' "$password" > "$dir/pwfile"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir/pwfile"
    as_owner "$bin/initdb" -D "$dir/data" -U "$user" --pwfile="$dir/pwfile" \
        --auth=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; die "initdb failed (log above)"; }
    rm -f "$dir/pwfile"
    local settings="-c listen_addresses='' -c unix_socket_directories='$dir'"
    settings+=" -c shared_buffers=256MB -c work_mem=16MB -c maintenance_work_mem=256MB"
    settings+=" -c effective_cache_size=2GB -c max_connections=50"
    if [ "$bench" = 1 ]; then
        # a throwaway benchmark server: a crash may lose the last commits, never corrupt
        settings+=" -c synchronous_commit=off -c max_wal_size=4GB -c checkpoint_timeout=30min"
        settings+=" -c shared_buffers=1GB"
    fi
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "$settings" start >/dev/null \
        || { tail -20 "$dir/server.log" >&2 || true; die "the server did not start (log above)"; }
    PGPASSWORD="$password" "$bin/psql" -h "$dir" -U "$user" -d postgres -q -v ON_ERROR_STOP=1 \
        -c "CREATE DATABASE factcheck" >/dev/null \
        || die "could not create the database (see $dir/server.log)"
    echo "postgresql://$user:$password@/factcheck?host=$dir"
}

stop() {
    local dir="${1:-}"
    [ -n "$dir" ] && [ -d "$dir/data" ] || die "usage: tools/pgserver.sh stop FOLDER (a folder made by start)"
    local bin
    bin="$(find_bin)" || die "PostgreSQL server binaries not found"
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
}

case "${1:-}" in
    start) shift; start "$@" ;;
    stop) shift; stop "$@" ;;
    bindir) find_bin || die "PostgreSQL server binaries (initdb, pg_ctl) not found" ;;
    *) die "usage: tools/pgserver.sh start [--bench] | stop FOLDER | bindir" ;;
esac
