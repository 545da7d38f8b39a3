package org.o2c.runtime.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.junit.jupiter.api.Test;

/** The cached resolver finds the same target as Axon's own annotation resolver, for every way a command names it. */
class CachedCommandTargetResolverTest {
    private final CachedCommandTargetResolver cached = new CachedCommandTargetResolver();
    private final AnnotationCommandTargetResolver axon = AnnotationCommandTargetResolver.builder().build();

    record OnComponent(@TargetAggregateIdentifier UUID accountId, String reference) {
    }

    record WithVersion(@TargetAggregateIdentifier String profileId, @TargetAggregateVersion int expectedVersion) {
    }

    static final class OnMethod {
        private final String id;

        OnMethod(String id) {
            this.id = id;
        }

        @TargetAggregateIdentifier
        String target() {
            return "account-" + id;
        }
    }

    record Untargeted(String reference) {
    }

    @Test
    void resolvesAsAxonDoesAndTheSameTypeAgain() {
        for (Object command : new Object[]{new OnComponent(UUID.randomUUID(), "x"), new WithVersion("p-1", 7),
                new OnMethod("42"), new OnComponent(UUID.randomUUID(), "again"), new WithVersion("p-2", 8)}) {
            VersionedAggregateIdentifier expected = axon.resolveTarget(GenericCommandMessage.asCommandMessage(command));
            VersionedAggregateIdentifier resolved = cached.resolveTarget(GenericCommandMessage.asCommandMessage(command));
            assertThat(resolved.getIdentifier()).isEqualTo(expected.getIdentifier());
            assertThat(resolved.getIdentifierValue()).isEqualTo(expected.getIdentifierValue());
            assertThat(resolved.getVersion()).isEqualTo(expected.getVersion());
        }
        assertThat(cached.resolveTarget(GenericCommandMessage.asCommandMessage(new WithVersion("p-3", 9))).getVersion())
                .isEqualTo(9L);
    }

    @Test
    void aCommandWithoutTargetIsRefusedLikeAxonRefusesIt() {
        var command = GenericCommandMessage.asCommandMessage(new Untargeted("r"));
        assertThatThrownBy(() -> axon.resolveTarget(command)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cached.resolveTarget(command)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Untargeted");
        var nullTarget = GenericCommandMessage.asCommandMessage(new OnComponent(null, "r"));
        assertThatThrownBy(() -> cached.resolveTarget(nullTarget)).isInstanceOf(IllegalArgumentException.class);
    }
}
