package org.o2c.runtime.axon;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.o2c.runtime.kafka.KafkaSettings;
import org.o2c.runtime.kafka.Topics;
import org.o2c.runtime.relay.KafkaEventRelay;

/**
 * The service's Axon configuration, built once without Spring: the JDBC event store and token store in the
 * service's own database, Jackson serialization, JTA transactions, the service's aggregates and projections,
 * and the relay of published events to Kafka. Starts with the application and stops with it.
 */
@Singleton
public class AxonRuntime {
    public static final int STARTUP_PRIORITY = 100;
    private static final long EVENT_FETCH_DELAY_MILLIS = 50;
    private static final int CACHED_EVENTS = 1000;

    @Inject
    DataSource dataSource;
    @Inject
    jakarta.transaction.TransactionManager jta;
    @Inject
    ObjectMapper objectMapper;
    @Inject
    KafkaSettings kafka;
    @Inject
    Topics topics;
    @Inject
    @Any
    Instance<AxonContribution> contributions;

    private volatile Configuration configuration;
    private Producer<String, byte[]> producer;

    void start(@Observes @Priority(STARTUP_PRIORITY) StartupEvent event) {
        topics.ensure(List.of(kafka.ownTopic()));
        producer = relayProducer();

        TransactionManager transactions = new JtaTransactionManager(jta);
        // Agroal hands out the connection enlisted in the current JTA transaction; no wrapper that commits itself
        ConnectionProvider connections = new DataSourceConnectionProvider(dataSource);
        Serializer serializer = new WireNameSerializer(JacksonSerializer.builder().objectMapper(objectMapper.copy()),
                contributions.stream().flatMap(c -> c.internalEvents().stream()).toList());
        TokenStore tokenStore = JdbcTokenStore.builder()
                .connectionProvider(connections)
                .serializer(serializer)
                .schema(TokenSchema.builder().build())
                .contentType(byte[].class)
                .build();
        KafkaEventRelay relay = new KafkaEventRelay(producer, serializer, kafka.ownTopic(), kafka.serviceName());

        EventStorageEngine storageEngine = JdbcEventStorageEngine.builder()
                .connectionProvider(connections)
                .transactionManager(transactions)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .dataType(byte[].class)
                // PostgreSQL reports a duplicate (aggregate, sequence number) by SQL state 23505, not by a vendor
                // error code: this makes it Axon's ConcurrencyException (409)
                .persistenceExceptionResolver(new SQLStateResolver())
                .build();
        Configurer configurer = DefaultConfigurer.defaultConfiguration(false)
                .configureSerializer(c -> serializer)
                .configureEventSerializer(c -> serializer)
                .configureMessageSerializer(c -> serializer)
                .configureTransactionManager(c -> transactions)
                .configureCorrelationDataProviders(c -> RequestMetaData.providers())
                .registerComponent(EventStorageEngine.class, c -> storageEngine)
                .registerComponent(CommandTargetResolver.class, c -> new CachedCommandTargetResolver())
                .configureEventStore(c -> EmbeddedEventStore.builder()
                        .storageEngine(storageEngine)
                        .messageMonitor(c.messageMonitor(EventStore.class, "eventStore"))
                        // A request's events become visible when its JTA transaction commits, which is after
                        // Axon's unit of work, so the in-JVM "new events" signal can come too early; a short
                        // fetch delay bounds the wait (and serves other instances of the service, which get no
                        // signal at all) at the cost of one cheap query per interval when idle.
                        .fetchDelay(EVENT_FETCH_DELAY_MILLIS)
                        // The relay reads right behind the writers; a cache of two batches serves it from memory
                        // without keeping ten thousand events (Axon's default) alive in the young generation, where
                        // each garbage collection would copy them again.
                        .cachedEvents(CACHED_EVENTS)
                        .build());
        configurer.eventProcessing(processing -> processing
                .usingSubscribingEventProcessors()
                // A handler that fails must fail its unit of work: a projection's failure rolls back the request,
                // the relay's failure rolls back its batch and token, so nothing is skipped (Axon's default only
                // logs the error and moves on).
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                .registerDefaultErrorHandler(c -> PropagatingErrorHandler.instance())
                .registerTokenStore(c -> tokenStore));
        if (kafka.relays()) {
            configurer.eventProcessing(processing -> processing
                    .registerEventHandler(c -> relay)
                    .assignHandlerInstancesMatching(KafkaEventRelay.PROCESSOR, handler -> handler == relay)
                    .registerPooledStreamingEventProcessor(KafkaEventRelay.PROCESSOR, Configuration::eventStore,
                            (c, builder) -> builder.batchSize(200).initialSegmentCount(4).maxClaimedSegments(4)));
        }
        contributions.forEach(contribution -> contribution.contribute(configurer));
        configuration = configurer.buildConfiguration();
        configuration.start();
    }

    /** Idempotent and acks=all: a record the relay counts as sent is on every in-sync replica, once. */
    private Producer<String, byte[]> relayProducer() {
        return new KafkaProducer<>(kafka.client(Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 2,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                ProducerConfig.CLIENT_ID_CONFIG, "o2c-" + kafka.serviceName() + "-relay")),
                new StringSerializer(), new ByteArraySerializer());
    }

    void stop(@Observes ShutdownEvent event) {
        if (configuration != null) {
            configuration.shutdown();
        }
        if (producer != null) {
            producer.close();
        }
    }

    @Produces
    @ApplicationScoped
    CommandGateway commandGateway() {
        if (configuration == null) {
            throw new IllegalStateException("Axon has not started yet");
        }
        return configuration.commandGateway();
    }
}
