package org.o2c.reporting.aging;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.o2c.runtime.money.CurrencyCode;
import org.o2c.runtime.paging.Page;
import org.o2c.runtime.problem.Problem;
import org.o2c.runtime.security.CurrentRequest;
import org.o2c.runtime.security.Roles;

@Path("/api/v1/reports/ap-aging")
@Tag(name = "AP aging", description = "Open payables by days past due")
@Produces(MediaType.APPLICATION_JSON)
public class ApAgingResource {
    @Inject
    ApAgingQuery query;
    @Inject
    CurrentRequest caller;
    @Inject
    Clock clock;

    @GET
    @RolesAllowed({Roles.AP_CLERK, Roles.AP_APPROVER, Roles.AR_CLERK, Roles.AR_MANAGER, Roles.COLLECTOR,
            Roles.CREDIT_MANAGER, Roles.AUDITOR})
    @Operation(operationId = "getApAging", summary = "AP aging", description = """
            Supplier invoices registered on or before asOf (by invoice date) with what was still unpaid at the end
            of that day (a supplier payment dated later does not count yet), by days past due (asOf minus due
            date): not yet due, 1-30, 31-60, 61-90, 91-120 and over 120 days, the same buckets as the AR aging.
            Totals per currency, and per supplier and currency (paginated, by supplier name). Amounts of different
            currencies are never added together. A report for one legal entity also lists the amounts by that
            legal entity's own buckets (amounts.buckets; see getAgingSchedule), else by the six standard ones.""")
    @APIResponse(responseCode = "200", description = "The aging",
            content = @Content(schema = @Schema(implementation = ApAgingReport.class)))
    @APIResponse(responseCode = "400", description = "A query parameter breaks a rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ApAgingReport apAging(
            @Parameter(description = "Age the items at this date; today when left out", example = "2026-11-22")
            @QueryParam("asOf") LocalDate asOf,
            @Parameter(description = "Only this legal entity", example = "DE01")
            @QueryParam("legalEntity") @Pattern(regexp = "[A-Z0-9]{2,10}") String legalEntity,
            @Parameter(description = "Only this currency",
                    example = "EUR") @QueryParam("currency") @CurrencyCode String currency,
            @Parameter(description = "Only this supplier", example = "9b2d7e41-3c5a-4f08-b6e2-0a1c9d8e7f65")
            @QueryParam("supplierId") UUID supplierId,
            @Parameter(description = "Page of the supplier rows, from 0", example = "0")
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Supplier rows per page, up to 500", example = "50") @QueryParam("size")
            @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        caller.legalEntities().require("legalEntity", legalEntity);
        return query.report(caller.legalEntities(), asOf != null ? asOf : LocalDate.now(clock), legalEntity, currency,
                supplierId, page, size);
    }
}
