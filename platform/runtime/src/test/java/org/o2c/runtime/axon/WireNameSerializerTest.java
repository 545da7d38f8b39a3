package org.o2c.runtime.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.o2c.events.EventType;
import org.o2c.events.invoicing.CustomerRegistered;
import org.o2c.runtime.json.PlatformJson;

class WireNameSerializerTest {
    @EventType("LimitRaiseRequested.v1")
    record LimitRaiseRequested(UUID customerId, BigDecimal requestedLimit) {
    }

    private final WireNameSerializer serializer = new WireNameSerializer(
            JacksonSerializer.builder().objectMapper(PlatformJson.newMapper()), List.of(LimitRaiseRequested.class));

    @Test
    void anInternalEventIsStoredUnderItsLogicalNameAndReadBackByIt() {
        LimitRaiseRequested event = new LimitRaiseRequested(UUID.randomUUID(), new BigDecimal("90000.00"));
        SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);
        assertThat(stored.getType().getName()).isEqualTo("LimitRaiseRequested.v1");
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(event);
    }

    @Test
    void aPublishedEventKeepsItsWireNameAndOneStoredUnderItsClassNameIsStillRead() {
        CustomerRegistered published = new CustomerRegistered(UUID.randomUUID(), "Brauhaus", "DE01", "EUR", 30);
        assertThat(serializer.serialize(published, byte[].class).getType().getName())
                .isEqualTo("CustomerRegistered.v1");

        LimitRaiseRequested event = new LimitRaiseRequested(UUID.randomUUID(), new BigDecimal("1.00"));
        byte[] body = serializer.serialize(event, byte[].class).getData();
        SerializedObject<byte[]> before = new SimpleSerializedObject<>(body, byte[].class,
                new SimpleSerializedType(LimitRaiseRequested.class.getName(), null));
        assertThat((Object) serializer.deserialize(before)).isEqualTo(event);
    }

    @Test
    void twoEventsUnderOneNameAreRefusedAtStart() {
        assertThatThrownBy(() -> new WireNameSerializer(JacksonSerializer.builder(),
                List.of(LimitRaiseRequested.class, LimitRaiseRequested.class)))
                .hasMessageContaining("LimitRaiseRequested.v1");
    }
}
