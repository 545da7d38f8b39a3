package org.o2c.collections.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CollectionCase",
        description = "A customer's overdue money in one currency, for the collector's worklist")
public record CollectionCaseView(
        @Schema(description = "Customer", example = "4f6c1a2e-8d0b-4c3e-9a57-1f2d3c4b5a69") UUID customerId,
        @Schema(description = "Legal entity", example = "DE01") String legalEntity,
        @Schema(description = "ISO 4217", example = "EUR") String currency,
        @Schema(description = "Number of items past their due date with money open", example = "3") int overdueItems,
        @Schema(description = "Sum of their open amounts", example = "1204.10", type = SchemaType.STRING)
        BigDecimal overdueAmount,
        @Schema(description = "Days past due of the oldest of them", example = "52") int oldestDaysPastDue,
        @Schema(description = "The customer's open disputes", example = "1") int openDisputes,
        @Schema(description = "The customer's promises to pay not yet due or checked", example = "0") int openPromises,
        @Schema(description = "Level of the customer's latest dunning letter in this currency; null if never dunned",
                example = "2", nullable = true) Integer lastLetterLevel,
        @Schema(description = "As-of date of that letter", example = "2026-11-15",
                nullable = true) LocalDate lastLetterAsOf) {
}
