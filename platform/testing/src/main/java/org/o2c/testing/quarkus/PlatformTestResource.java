package org.o2c.testing.quarkus;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.restassured.RestAssured;
import java.util.HashMap;
import java.util.Map;
import org.o2c.testing.infra.TestInfrastructure;
import org.o2c.testing.openapi.SpecConformance;

/**
 * Gives a {@code @QuarkusTest} real infrastructure: a database of its own on the PostgreSQL that
 * {@link TestInfrastructure} found or started, a real Kafka broker, and the token key pair. Configure with
 * {@code initArgs = @ResourceArg(name = "service", value = "invoicing")}.
 *
 * <p>Tests sign tokens with {@link TestInfrastructure#tokens()} and reach Kafka through the
 * {@code o2c.kafka.bootstrap-servers} configuration value.
 */
public class PlatformTestResource implements QuarkusTestResourceLifecycleManager {
    private static boolean specConformanceOn;
    private String service = "test";
    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        service = initArgs.getOrDefault("service", service);
    }

    @Override
    public Map<String, String> start() {
        holdAnswersToTheSpec();
        TestInfrastructure infra = TestInfrastructure.shared();
        database = infra.newDatabase(service);
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", infra.postgres().jdbcUrl(database));
        config.put("quarkus.datasource.username", infra.postgres().user());
        config.put("quarkus.datasource.password", infra.postgres().password() == null ? ""
                : infra.postgres().password());
        config.put("o2c.kafka.bootstrap-servers", infra.kafkaBootstrapServers());
        config.put("mp.jwt.verify.publickey.location", infra.publicKey().toString());
        config.put("mp.jwt.verify.issuer", org.o2c.testing.auth.TokenIssuer.ISSUER);
        return config;
    }

    /**
     * Every answer a test receives through RestAssured is checked against the service's spec, and every request
     * that changes something carries an Idempotency-Key unless the test decides otherwise.
     */
    private static synchronized void holdAnswersToTheSpec() {
        if (!specConformanceOn) {
            RestAssured.filters(new FreshIdempotencyKeys(), new SpecConformance());
            specConformanceOn = true;
        }
    }

    @Override
    public void stop() {
        if (database != null) {
            TestInfrastructure.shared().dropDatabase(database);
        }
    }
}
