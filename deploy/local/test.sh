#!/usr/bin/env bash
# Runs the whole test suite against a real RabbitMQ and PostgreSQL (installed and started here when absent).
#   deploy/local/test.sh [extra Maven arguments]
set -euo pipefail
. "$(dirname "$0")/lib.sh"

ensure_jdk
ensure_rabbitmq
ensure_postgres
# Tests never share a virtual host or database with a running system, nor modules with each other.
prefix=${CT_TEST_VHOST_PREFIX:-ct-test}
for vhost in "$prefix-ingest" "$prefix-nlp" "$prefix-timeline" ct-test-e2e; do ensure_vhost "$vhost"; done
for db in "${CT_TEST_DB:-conflict_timeline_test}" conflict_timeline_e2e; do ensure_database "$db"; done

cd "$CT_ROOT"
start=$(date +%s)
./mvnw -B verify "$@"
log "test suite passed in $(( $(date +%s) - start )) s"
# No GraalVM here: run Quarkus's native build steps up to the native-image sources, which catches most
# native incompatibilities (unregistered reflection, resources, build-time initialization).
native_start=$(date +%s)
./mvnw -B -q package -Pnative -Dquarkus.native.sources-only=true -DskipTests -pl ingest-service,nlp-service,timeline-service
log "native sources build passed in $(( $(date +%s) - native_start )) s"
