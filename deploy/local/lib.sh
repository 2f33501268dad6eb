#!/usr/bin/env bash
# Shared by run.sh and test.sh: find a JDK >= 21 and make sure RabbitMQ and PostgreSQL are up.
# Sourced, not executed. Everything here is idempotent.

CT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export CT_ROOT

log() { printf '[conflict-timeline] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# Runs a command as root: directly when we are root, through sudo otherwise.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else
    die "need root to run '$*' (install sudo or run as root)"; fi
}

java_major() {
  "$1" -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit}'
}

# Exports JAVA_HOME pointing at a JDK >= 21: $JAVA_HOME first, then java on PATH, then /usr/lib/jvm/*.
ensure_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")" /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(java_major "$candidate/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      export JAVA_HOME="$candidate"
      export PATH="$JAVA_HOME/bin:$PATH"
      log "using JDK $major at $JAVA_HOME"
      return 0
    fi
  done
  die "no JDK >= 21 found (looked at \$JAVA_HOME, java on PATH and /usr/lib/jvm/*). Install one, e.g. 'apt-get install openjdk-21-jdk' or Temurin 21+, and set JAVA_HOME."
}

port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null && exec 3>&- 3<&-; }

wait_port() {
  local host=$1 port=$2 what=$3 i
  for i in $(seq 1 60); do port_open "$host" "$port" && return 0; sleep 1; done
  die "$what did not open $host:$port within 60 s"
}

apt_install() {
  log "installing Debian packages: $*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}

ensure_rabbitmq() {
  local host=${RABBITMQ_HOST:-127.0.0.1} port=${RABBITMQ_PORT:-5672}
  if ! port_open "$host" "$port"; then
    [ "$host" = 127.0.0.1 ] || [ "$host" = localhost ] || die "RabbitMQ at $host:$port is not reachable"
    command -v rabbitmq-server >/dev/null 2>&1 || [ -x /usr/sbin/rabbitmq-server ] || apt_install rabbitmq-server
    log "starting RabbitMQ"
    as_root rabbitmq-server -detached >/dev/null 2>&1 || true
    wait_port "$host" "$port" RabbitMQ
  fi
  log "RabbitMQ is up on $host:$port"
}

# Creates a virtual host for guest so that test runs never see the messages of a running system.
ensure_vhost() {
  local vhost=$1
  command -v rabbitmqctl >/dev/null 2>&1 || [ -x /usr/sbin/rabbitmqctl ] || die "rabbitmqctl not found: cannot create vhost $vhost"
  local i
  for i in $(seq 1 30); do as_root rabbitmqctl -q await_startup >/dev/null 2>&1 && break; sleep 1; done
  as_root rabbitmqctl -q list_vhosts 2>/dev/null | grep -qx "$vhost" || as_root rabbitmqctl -q add_vhost "$vhost" >/dev/null
  as_root rabbitmqctl -q set_permissions -p "$vhost" "${RABBITMQ_USERNAME:-guest}" '.*' '.*' '.*' >/dev/null
}

psql_admin() { psql -h "${POSTGRES_HOST:-127.0.0.1}" -p "${POSTGRES_PORT:-5432}" -U "${POSTGRES_USER:-postgres}" -v ON_ERROR_STOP=1 -qAt "$@"; }

ensure_postgres() {
  local host=${POSTGRES_HOST:-127.0.0.1} port=${POSTGRES_PORT:-5432}
  if ! port_open "$host" "$port"; then
    [ "$host" = 127.0.0.1 ] || [ "$host" = localhost ] || die "PostgreSQL at $host:$port is not reachable"
    ls /etc/postgresql/*/main >/dev/null 2>&1 || apt_install postgresql postgresql-client
    local version; version=$(ls /etc/postgresql | sort -V | tail -1)
    log "starting PostgreSQL $version"
    as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start >/dev/null 2>&1 || as_root pg_ctlcluster "$version" main start
    wait_port "$host" "$port" PostgreSQL
  fi
  command -v psql >/dev/null 2>&1 || apt_install postgresql-client
  if ! psql_admin -d postgres -c 'select 1' >/dev/null 2>&1; then
    # A fresh Debian cluster only trusts the local socket for the postgres OS user: allow the TCP login the services use.
    log "PostgreSQL refuses ${POSTGRES_USER:-postgres} over TCP; setting a password for it"
    as_root su postgres -c "psql -qc \"ALTER USER postgres PASSWORD '${POSTGRES_PASSWORD:-postgres}'\"" >/dev/null
    export PGPASSWORD=${POSTGRES_PASSWORD:-postgres}
    psql_admin -d postgres -c 'select 1' >/dev/null || die "cannot log in to PostgreSQL at $host:$port as ${POSTGRES_USER:-postgres}"
  fi
  log "PostgreSQL is up on $host:$port"
}

ensure_database() {
  local db=$1
  psql_admin -d postgres -c "select 1 from pg_database where datname = '$db'" | grep -q 1 \
    || psql_admin -d postgres -c "create database \"$db\"" >/dev/null
}
