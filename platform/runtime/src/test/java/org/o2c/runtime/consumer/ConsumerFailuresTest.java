package org.o2c.runtime.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

/**
 * A consumer rejects an event only for what is wrong with the event: a database that is down or a concurrent
 * writer that won a conflict makes it take the events again later, never lose them.
 */
class ConsumerFailuresTest {

    @Test
    void aDatabaseThatIsDownOrAConflictIsRetriedNotRejected() {
        assertThat(KafkaEventConsumers.worthRetrying(new IllegalStateException(
                new SQLException("connection refused", "08001")))).isTrue();
        assertThat(KafkaEventConsumers.worthRetrying(new RuntimeException(new ConnectException("refused")))).isTrue();
        assertThat(KafkaEventConsumers.worthRetrying(new RuntimeException(
                new ConcurrencyException("another instance appended sequence 7")))).isTrue();
        assertThat(KafkaEventConsumers.worthRetrying(new RuntimeException(
                new SQLException("deadlock detected", "40P01")))).isTrue();
        assertThat(KafkaEventConsumers.worthRetrying(new SQLException("could not serialize", "40001"))).isTrue();
    }

    @Test
    void whatIsWrongWithTheEventItselfIsRejected() {
        assertThat(KafkaEventConsumers.worthRetrying(new NullPointerException("customerId"))).isFalse();
        assertThat(KafkaEventConsumers.worthRetrying(new IllegalArgumentException("no such currency"))).isFalse();
        assertThat(KafkaEventConsumers.worthRetrying(new RuntimeException(
                new SQLException("value too long", "22001")))).isFalse();
    }
}
