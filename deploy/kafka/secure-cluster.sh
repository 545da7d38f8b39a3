#!/usr/bin/env bash
# Prepares a Kafka cluster that authenticates clients (SASL/SCRAM-SHA-512) and authorizes them by ACL, for the
# six services: the topics, one user per service, and ACLs by which each service writes only its own topic and
# reads only the topics it consumes, in consumer groups of its own prefix.
#
#   deploy/kafka/secure-cluster.sh BOOTSTRAP ADMIN_CLIENT_PROPERTIES PASSWORDS_FILE
#
# BOOTSTRAP: a listener the admin user can reach, e.g. kafka-1:9094. ADMIN_CLIENT_PROPERTIES: the Kafka client
# properties of a super user (security.protocol, sasl.mechanism, sasl.jaas.config, ssl.truststore.*).
# PASSWORDS_FILE: lines "service=password" for invoicing, payments, collections, credit, payables, reporting.
# KAFKA_BIN: where the Kafka scripts are (default /opt/kafka/bin). Running it again changes nothing.
# Each service is then configured with O2C_KAFKA_SECURITY_PROTOCOL=SASL_SSL, O2C_KAFKA_USERNAME=o2c-<service>,
# O2C_KAFKA_PASSWORD and O2C_KAFKA_SSL_TRUSTSTORE_LOCATION/_PASSWORD (README, Kafka security).
set -euo pipefail
bootstrap="$1"; admin="$2"; passwords="$3"
bin="${KAFKA_BIN:-/opt/kafka/bin}"
partitions="${O2C_KAFKA_PARTITIONS:-6}"
replication="${O2C_KAFKA_REPLICATION_FACTOR:-3}"

# what each service consumes (its KafkaEventConsumers), besides writing o2c.<service>.events
declare -A reads=(
  [invoicing]="payments"
  [payments]="invoicing"
  [collections]="payments"
  [credit]="invoicing payments"
  [payables]=""
  [reporting]="invoicing payments payables"
)

acl() { "$bin/kafka-acls.sh" --bootstrap-server "$bootstrap" --command-config "$admin" --add --force "$@" >/dev/null; }

for service in invoicing payments collections credit payables reporting; do
  topic="o2c.$service.events"
  "$bin/kafka-topics.sh" --bootstrap-server "$bootstrap" --command-config "$admin" --create --if-not-exists \
    --topic "$topic" --partitions "$partitions" --replication-factor "$replication" >/dev/null
  password=$(grep "^$service=" "$passwords" | cut -d= -f2-)
  [[ -n "$password" ]] || { echo "no password for $service in $passwords" >&2; exit 1; }
  "$bin/kafka-configs.sh" --bootstrap-server "$bootstrap" --command-config "$admin" --alter \
    --entity-type users --entity-name "o2c-$service" \
    --add-config "SCRAM-SHA-512=[iterations=8192,password=$password]" >/dev/null
done

for service in invoicing payments collections credit payables reporting; do
  user="User:o2c-$service"
  # its own topic: the relay writes it (idempotent producer), topic creation at start finds it made
  acl --allow-principal "$user" --operation Write --operation Describe --topic "o2c.$service.events"
  acl --allow-principal "$user" --operation IdempotentWrite --cluster
  # the topics it reads, in groups o2c.<service>.* (or the prefix a rebuild uses, O2C_KAFKA_CONSUMER_GROUP_PREFIX)
  for source in ${reads[$service]}; do
    acl --allow-principal "$user" --operation Read --operation Describe --topic "o2c.$source.events"
  done
  acl --allow-principal "$user" --operation Read --resource-pattern-type prefixed --group "o2c.$service."
  echo "o2c-$service: writes o2c.$service.events; reads ${reads[$service]:-nothing}"
done
