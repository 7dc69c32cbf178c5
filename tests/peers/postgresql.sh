#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the shared-library tests, from Debian's `postgresql`:
# its Unix socket in STATE_DIR (trusted: the tests' superuser) and 127.0.0.1:PORT (a
# password needed: the tests of where a password comes from), fsync off (nothing here
# outlives the run).
#
#   postgresql.sh up STATE_DIR PORT # prints the URL the tests use (EDITORIAL_TEST_POSTGRES_URL)
#   postgresql.sh down STATE_DIR    # stops the cluster at once and removes STATE_DIR
#
# PostgreSQL refuses to run as root: as root the cluster belongs to the `postgres` user the
# package made (its files in STATE_DIR, which must be reachable by it: tests/run.sh makes
# it under /tmp). The tests connect as the cluster's superuser over the socket (trust
# authentication, reachable only through STATE_DIR).
set -euo pipefail

log() { printf '[postgresql.sh] %s\n' "$*" >&2; }

bindir() {
    local dir
    dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    [[ -n "$dir" && -x "$dir/initdb" ]] || { log "no PostgreSQL server (Debian: postgresql)"; return 1; }
    printf '%s\n' "$dir"
}

as_owner() {  # run as the cluster's owner: postgres when we are root, else ourselves
    if [[ "$(id -u)" == 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

up() {
    local state="$1" port="$2" bin user
    bin="$(bindir)"
    mkdir -p "$state"
    if [[ "$(id -u)" == 0 ]]; then
        id postgres >/dev/null 2>&1 || { log "no postgres user (Debian's postgresql makes it)"; return 1; }
        chown postgres: "$state"
        user=postgres
    else
        user="$(id -un)"
    fi
    chmod 700 "$state"
    as_owner "$bin/initdb" -D "$state/data" -U "$user" --auth-local=trust \
        --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 \
        --no-sync >"$state/initdb.log" 2>&1 \
        || { cat "$state/initdb.log" >&2; return 1; }
    # fsync and friends off: a crash here loses nothing anyone keeps, and the tables
    # emptied before each test are emptied much faster.
    as_owner "$bin/pg_ctl" -D "$state/data" -l "$state/server.log" -w -t 30 start -o \
        "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories='$state' -c fsync=off \
         -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        >/dev/null || { cat "$state/server.log" >&2; return 1; }
    # The socket's folder in the URL's host query (libpq's own way; SQLAlchemy passes it on;
    # the port names the socket's file).
    printf 'postgresql+psycopg://%s@/postgres?host=%s&port=%s\n' "$user" "$state" "$port"
}

down() {
    local state="$1" bin
    [[ -d "$state" ]] || return 0
    bin="$(bindir)" || { rm -rf "$state"; return 0; }
    if [[ -f "$state/data/postmaster.pid" ]]; then
        # Immediate: the cluster is thrown away with its folder, nothing is worth flushing.
        as_owner "$bin/pg_ctl" -D "$state/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
    fi
    rm -rf "$state"
}

case "${1:-}" in
    up) up "$2" "$3" ;;
    down) down "$2" ;;
    *) log "usage: postgresql.sh up STATE_DIR PORT | down STATE_DIR"; exit 2 ;;
esac
