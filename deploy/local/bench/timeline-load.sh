#!/usr/bin/env bash
# Load test of the timeline-service at a million events (see the README, "Measured").
#   deploy/local/bench/timeline-load.sh [fill|query|place|all|stop]   (default: all = fill, query, place)
# fill:  (re)creates the database $BENCH_DB, migrates it by starting the service once, fills it with fill.sql
# query: starts the timeline-service jar on $BENCH_PORT against $BENCH_DB and vhost $BENCH_VHOST, runs
#        $BENCH_CLIENTS concurrent clients for $BENCH_WARMUP + $BENCH_SECONDS s and prints latency percentiles and the
#        CPU time per request of the service, its PostgreSQL backends and the load generator; BENCH_JAVA_OPTS are the
#        service's JVM options (-Dct.timeline.response-cache.max-bytes=0: without the response cache, "cache-cold")
# place: publishes $BENCH_ARTICLES ArticleAnnotated messages through RabbitMQ and prints placements/s (after
#        $BENCH_PLACE_WARMUP articles placed first and not measured: the service's JIT compiler is busy at first)
# Never touches the running system's database or vhost. The service log is in deploy/local/.bench/.
set -euo pipefail
. "$(dirname "$0")/../lib.sh"

BENCH_DB=${BENCH_DB:-conflict_timeline_bench}
BENCH_VHOST=${BENCH_VHOST:-ct-bench}
BENCH_PORT=${BENCH_PORT:-28481}
BENCH_EVENTS=${BENCH_EVENTS:-1000000}
BENCH_CLIENTS=${BENCH_CLIENTS:-50}
BENCH_WARMUP=${BENCH_WARMUP:-20}
BENCH_SECONDS=${BENCH_SECONDS:-60}
BENCH_ARTICLES=${BENCH_ARTICLES:-2000}
BENCH_PLACE_WARMUP=${BENCH_PLACE_WARMUP:-0}
work="$CT_ROOT/deploy/local/.bench"
jar=${BENCH_JAR:-$CT_ROOT/timeline-service/target/quarkus-app/quarkus-run.jar}
load_src="$CT_ROOT/timeline-service/src/test/java/io/conflicttimeline/timeline/bench/TimelineLoad.java"
mkdir -p "$work"

start_service() {
  [ -f "$jar" ] || (cd "$CT_ROOT" && ./mvnw -B -q package -DskipTests -pl timeline-service)
  stop_service
  log "starting timeline-service on :$BENCH_PORT (database $BENCH_DB, vhost $BENCH_VHOST)"
  HTTP_PORT=$BENCH_PORT POSTGRES_DB=$BENCH_DB RABBITMQ_VHOST=$BENCH_VHOST \
    nohup "$JAVA_HOME/bin/java" ${BENCH_JAVA_OPTS:-} -jar "$jar" >"$work/timeline.log" 2>&1 &
  echo $! >"$work/timeline.pid"
  local i
  for i in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$BENCH_PORT/q/health/ready" >/dev/null 2>&1 && { log "timeline-service is ready"; return 0; }
    kill -0 "$(cat "$work/timeline.pid")" 2>/dev/null || die "timeline-service exited; see $work/timeline.log"
    sleep 1
  done
  die "timeline-service not ready after 120 s; see $work/timeline.log"
}

stop_service() {
  if [ -f "$work/timeline.pid" ]; then
    local pid; pid=$(cat "$work/timeline.pid")
    if kill -0 "$pid" 2>/dev/null; then kill "$pid"; while kill -0 "$pid" 2>/dev/null; do sleep 0.5; done; fi
    rm -f "$work/timeline.pid"
  fi
}

fill() {
  log "recreating database $BENCH_DB"
  psql_admin -d postgres -c "drop database if exists \"$BENCH_DB\"" >/dev/null
  psql_admin -d postgres -c "create database \"$BENCH_DB\"" >/dev/null
  start_service   # Flyway migrates the empty database at start
  stop_service
  log "filling $BENCH_DB with $BENCH_EVENTS events (takes a few minutes)"
  local start; start=$(date +%s)
  psql_admin -d "$BENCH_DB" -v events="$BENCH_EVENTS" -v articles=$((BENCH_EVENTS * 6 / 10)) -f "$CT_ROOT/deploy/local/bench/fill.sql"
  log "filled in $(( $(date +%s) - start )) s"
}

amqp_jar() { find "${MAVEN_REPO:-$HOME/.m2/repository}/com/rabbitmq/amqp-client" -name 'amqp-client-*.jar' | sort -V | tail -1; }
slf4j_jar() { find "${MAVEN_REPO:-$HOME/.m2/repository}/org/slf4j/slf4j-api" -name 'slf4j-api-*.jar' | sort -V | tail -1; }
load() { "$JAVA_HOME/bin/java" --class-path "$(amqp_jar):$(slf4j_jar)" "$load_src" "$@"; }

query() {
  start_service
  # The service's pid and the database name: the report gives the CPU time per request of both sides.
  load query "http://127.0.0.1:$BENCH_PORT" "$BENCH_CLIENTS" "$BENCH_WARMUP" "$BENCH_SECONDS" "$BENCH_EVENTS" \
    "$(cat "$work/timeline.pid")" "$BENCH_DB"
}

place() {
  start_service
  # A sample of existing events for the messages to report again (id|type|subType|date|precision|place...|killed).
  psql_admin -d "$BENCH_DB" -F '|' -c "select id, type, coalesce(sub_type, ''), date_value, date_precision,
      place_name, place_kind, coalesce(place_admin1, ''), coalesce(place_admin2, ''), place_lat, place_lon,
      place_gazetteer_id, coalesce(killed_best::text, '')
      from timeline.event tablesample system (0.5) repeatable (1)
      where date_precision = 'day' and place_name is not null limit 5000" >"$work/sample.csv"
  load place "${RABBITMQ_HOST:-127.0.0.1}" "${RABBITMQ_PORT:-5672}" "$BENCH_VHOST" "$work/sample.csv" "$BENCH_ARTICLES" \
    "$(cat "$work/timeline.pid")" "$BENCH_PLACE_WARMUP"
}

ensure_jdk
ensure_rabbitmq
ensure_postgres
ensure_vhost "$BENCH_VHOST"
case "${1:-all}" in
  fill) fill ;;
  query) query; stop_service ;;
  place) place; stop_service ;;
  all) fill; query; place; stop_service ;;
  stop) stop_service ;;
  *) die "usage: $0 [fill|query|place|all|stop]" ;;
esac
