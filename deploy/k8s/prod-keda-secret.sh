#!/usr/bin/env bash
# Creates (or updates) the secret nlp-service-keda-rabbitmq that the prod overlay's KEDA TriggerAuthentication reads:
# the broker as one AMQP URL with the credentials the RabbitMQ Cluster Operator generated (rabbitmq-default-user).
# Run it once the RabbitmqCluster is up, and again if the operator's credentials change.
#   deploy/k8s/prod-keda-secret.sh [namespace]      (default: conflict-timeline)
set -euo pipefail

namespace="${1:-conflict-timeline}"
field() {
  kubectl --namespace "$namespace" get secret rabbitmq-default-user -o "jsonpath={.data.$1}" | base64 -d
}
username="$(field username)"
password="$(field password)"
# The operator generates URL-safe credentials (base64url); %2F is the vhost "/".
host="amqp://${username}:${password}@rabbitmq.${namespace}.svc:5672/%2F"

# Through stdin, so the credentials never appear in a process list.
kubectl --namespace "$namespace" create secret generic nlp-service-keda-rabbitmq \
  --from-env-file=<(printf 'host=%s\n' "$host") --dry-run=client -o yaml \
  | kubectl --namespace "$namespace" apply -f -
