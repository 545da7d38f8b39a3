package org.o2c.runtime.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

/** Makes sure the topics a service writes and reads exist before it relays or consumes. */
@ApplicationScoped
public class Topics {
    private static final Logger LOG = Logger.getLogger(Topics.class);

    @Inject
    KafkaSettings settings;

    public void ensure(Collection<String> topics) {
        try (Admin admin = Admin.create(settings.client(Map.of(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                30_000)))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream().distinct().filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, settings.partitions(), settings.replicationFactor()))
                    .toList();
            if (missing.isEmpty()) {
                return;
            }
            for (var entry : admin.createTopics(missing).values().entrySet()) {
                try {
                    entry.getValue().get(30, TimeUnit.SECONDS);
                    LOG.infof("created topic %s", entry.getKey());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("Kafka at " + settings.bootstrapServers() + " did not answer: " + e, e);
        }
    }
}
