#!/usr/bin/env bash
# Builds and runs the whole system locally on the seed articles, then prints where to look.
#   deploy/local/run.sh          build, start broker/database/services, ingest seeds/, print the timeline
#   deploy/local/run.sh --fresh  the same, on an emptied database (articles are otherwise kept between runs)
#   deploy/local/run.sh stop     stop the three services started by this script
# Ports: TIMELINE_PORT (8080), INGEST_PORT (8081), NLP_PORT (8082). Logs and pids: deploy/local/.run/
set -euo pipefail
. "$(dirname "$0")/lib.sh"

RUN_DIR="$CT_ROOT/deploy/local/.run"
LOG_DIR="$RUN_DIR/logs"
TIMELINE_PORT=${TIMELINE_PORT:-8080}
INGEST_PORT=${INGEST_PORT:-8081}
NLP_PORT=${NLP_PORT:-8082}
SEED_DIR=${SEED_DIR:-$CT_ROOT/seeds}
SERVICES="nlp-service timeline-service ingest-service"

port_of() {
  case $1 in
    ingest-service) echo "$INGEST_PORT" ;;
    nlp-service) echo "$NLP_PORT" ;;
    timeline-service) echo "$TIMELINE_PORT" ;;
  esac
}

stop_services() {
  local service pid
  for service in $SERVICES; do
    [ -f "$RUN_DIR/$service.pid" ] || continue
    pid=$(cat "$RUN_DIR/$service.pid")
    if kill -0 "$pid" 2>/dev/null; then
      log "stopping $service (pid $pid)"
      kill "$pid"
      for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
      kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$RUN_DIR/$service.pid"
  done
}

fresh=false
case "${1:-}" in
  stop) stop_services; exit 0 ;;
  --fresh) fresh=true ;;
  "") ;;
  *) die "unknown argument '$1' (use: run.sh | run.sh --fresh | run.sh stop)" ;;
esac

command -v curl >/dev/null 2>&1 || apt_install curl
ensure_jdk
ensure_rabbitmq
ensure_postgres
if $fresh; then
  stop_services
  log "dropping database ${POSTGRES_DB:-conflict_timeline} (--fresh)"
  psql_admin -d postgres -c "drop database if exists \"${POSTGRES_DB:-conflict_timeline}\"" >/dev/null
fi
ensure_database "${POSTGRES_DB:-conflict_timeline}"

cd "$CT_ROOT"
log "building (./mvnw package -DskipTests)"
./mvnw -B -q package -DskipTests

stop_services
mkdir -p "$LOG_DIR"
for service in $SERVICES; do
  port=$(port_of "$service")
  port_open 127.0.0.1 "$port" && die "port $port for $service is taken; set ${service%%-*}_PORT (upper case) to another port"
  log "starting $service on port $port (log: $LOG_DIR/$service.log)"
  HTTP_PORT=$port nohup "$JAVA_HOME/bin/java" -jar "$CT_ROOT/$service/target/quarkus-app/quarkus-run.jar" \
    >"$LOG_DIR/$service.log" 2>&1 &
  echo $! >"$RUN_DIR/$service.pid"
done

for service in $SERVICES; do
  port=$(port_of "$service")
  for i in $(seq 1 90); do
    curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1 && break
    kill -0 "$(cat "$RUN_DIR/$service.pid")" 2>/dev/null || die "$service exited; see $LOG_DIR/$service.log"
    [ "$i" -lt 90 ] || die "$service not ready after 90 s; see $LOG_DIR/$service.log"
    sleep 1
  done
  log "$service is ready"
done

ids=()
for file in "$SEED_DIR"/*.txt; do
  response=$(curl -fsS -X POST -H 'Content-Type: text/plain; charset=utf-8' --data-binary "@$file" \
    "http://127.0.0.1:$INGEST_PORT/articles/text?filename=$(basename "$file")") || die "ingesting $file failed"
  id=$(printf '%s' "$response" | sed -n 's/.*"id" *: *"\([0-9a-f]*\)".*/\1/p')
  [ -n "$id" ] || die "no id in the response for $file: $response"
  log "ingested $(basename "$file") as $id"
  ids+=("$id")
done

log "waiting until every article is annotated and placed"
for id in "${ids[@]}"; do
  for i in $(seq 1 120); do
    status=$(curl -fs "http://127.0.0.1:$INGEST_PORT/articles/$id" | sed -n 's/.*"status" *: *"\([a-z]*\)".*/\1/p')
    case $status in
      placed) break ;;
      failed) log "article $id failed: see http://127.0.0.1:$INGEST_PORT/articles/$id"; break ;;
    esac
    [ "$i" -lt 120 ] || die "article $id still '$status' after 120 s; see the logs in $LOG_DIR"
    sleep 1
  done
done

echo
curl -fsS "http://127.0.0.1:$TIMELINE_PORT/timeline/summary"
cat <<TXT

Timeline:        http://127.0.0.1:$TIMELINE_PORT/            (JSON: /timeline, API docs: /q/swagger-ui)
Ingest API:      http://127.0.0.1:$INGEST_PORT/q/swagger-ui
Annotate API:    http://127.0.0.1:$NLP_PORT/q/swagger-ui
Logs:            $LOG_DIR
Stop:            deploy/local/run.sh stop
TXT
