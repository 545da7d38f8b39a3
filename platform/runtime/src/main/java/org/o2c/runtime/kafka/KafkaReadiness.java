package org.o2c.runtime.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.o2c.runtime.consumer.KafkaEventConsumers;

/** Ready once every Kafka consumer of the service is polling, and not while one keeps failing. */
@Readiness
@ApplicationScoped
public class KafkaReadiness implements HealthCheck {
    @Inject
    KafkaEventConsumers consumers;
    @Inject
    KafkaSettings settings;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("kafka-consumers")
                .status(consumers.healthy())
                .withData("bootstrap-servers", settings.bootstrapServers())
                .withData("topic", settings.ownTopic());
        consumers.states().forEach(response::withData);
        return response.build();
    }
}
