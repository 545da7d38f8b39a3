package org.o2c.runtime.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;

class LegalEntityScopeTest {

    @Test
    void anArrayOfCodesActsForThoseLegalEntitiesOnly() {
        LegalEntityScope scope = LegalEntityScope.fromClaim(Json.createArrayBuilder().add("DE01").add("FR01").build());
        assertThat(scope.covers("DE01")).isTrue();
        assertThat(scope.covers("FR01")).isTrue();
        assertThat(scope.covers("NL01")).isFalse();
        assertThat(scope.coversEveryEntity()).isFalse();
        assertThat(scope.sqlFilter()).containsExactlyInAnyOrder("DE01", "FR01");
    }

    @Test
    void aStarActsForEveryLegalEntityAsAnArrayOrAsTheWholeClaim() {
        for (Object claim : new Object[] {Json.createArrayBuilder().add("*").build(), Json.createValue("*"), "*",
                List.of("*")}) {
            LegalEntityScope scope = LegalEntityScope.fromClaim(claim);
            assertThat(scope.coversEveryEntity()).as("claim %s", claim).isTrue();
            assertThat(scope.covers("ANY1")).isTrue();
            assertThat(scope.sqlFilter()).isNull();
        }
    }

    @Test
    void noClaimOrAClaimOfAnotherShapeActsForNoLegalEntity() {
        for (Object claim : new Object[] {null, Json.createArrayBuilder().build(), Json.createValue("DE01"),
                Json.createArrayBuilder().add("DE01").add(12).build(), Json.createValue(12), "DE01,FR01"}) {
            LegalEntityScope scope = LegalEntityScope.fromClaim(claim);
            assertThat(scope.covers("DE01")).as("claim %s", claim).isFalse();
            assertThat(scope.coversEveryEntity()).isFalse();
            assertThat(scope.sqlFilter()).isEmpty();
        }
    }

    @Test
    void aDocumentOfAnotherLegalEntityIsNotRevealedAndNamingOneIsRefused() {
        LegalEntityScope scope = LegalEntityScope.of(List.of("DE01"));
        assertThat(scope.reveal(Optional.of("DE01"), le -> le)).contains("DE01");
        assertThat(scope.reveal(Optional.of("FR01"), le -> le)).isEmpty();
        scope.require("legalEntity", "DE01");
        scope.require("legalEntity", null);
        assertThatThrownBy(() -> scope.require("legalEntity", "FR01")).isInstanceOfSatisfying(ProblemException.class,
                refused -> {
                    assertThat(refused.type()).isEqualTo(ProblemType.LEGAL_ENTITY_NOT_GRANTED);
                    assertThat(refused.violations()).singleElement()
                            .satisfies(v -> assertThat(v.field()).isEqualTo("legalEntity"));
                });
    }
}
