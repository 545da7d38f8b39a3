package org.o2c.reporting.dso;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.o2c.runtime.money.CurrencyCode;
import org.o2c.runtime.problem.Problem;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;
import org.o2c.runtime.security.CurrentRequest;
import org.o2c.runtime.security.Roles;

@Path("/api/v1/reports/dso")
@Tag(name = "DSO", description = "Days sales outstanding")
@Produces(MediaType.APPLICATION_JSON)
public class DsoResource {
    @Inject
    DsoQuery query;
    @Inject
    CurrentRequest caller;

    @GET
    @RolesAllowed({Roles.AR_CLERK, Roles.AR_MANAGER, Roles.COLLECTOR, Roles.CREDIT_MANAGER, Roles.AUDITOR})
    @Operation(operationId = "getDso", summary = "Days sales outstanding", description = """
            Standard DSO per legal entity and currency for the period from..to (both days included):
            receivables at period end (open items at the end of `to`, as the AR aging as of `to` counts them)
            divided by the credit sales of the period (gross of the invoices issued in it minus the credit notes
            issued in it), times the days of the period. The inputs are shown; the result is rounded half-up to
            one decimal. Without credit sales, dso is null and explanation says why.""")
    @APIResponse(responseCode = "200", description = "DSO per legal entity and currency",
            content = @Content(schema = @Schema(implementation = DsoReport.class)))
    @APIResponse(responseCode = "400", description = "from or to missing or not a date, from after to, or a filter "
            + "breaks its rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DsoReport dso(
            @Parameter(description = "First day of the period", required = true, example = "2026-07-01")
            @QueryParam("from") @NotNull LocalDate from,
            @Parameter(description = "Last day of the period, on or after from", required = true,
                    example = "2026-09-30")
            @QueryParam("to") @NotNull LocalDate to,
            @Parameter(description = "Only this legal entity", example = "DE01")
            @QueryParam("legalEntity") @Pattern(regexp = "[A-Z0-9]{2,10}") String legalEntity,
            @Parameter(description = "Only this currency", example = "EUR")
            @QueryParam("currency") @CurrencyCode String currency) {
        if (from.isAfter(to)) {
            throw ProblemException.field(ProblemType.VALIDATION_FAILED, "from", "not-after-to",
                    "must be on or before to (" + to + ")");
        }
        caller.legalEntities().require("legalEntity", legalEntity);
        return query.report(caller.legalEntities(), from, to, legalEntity, currency);
    }
}
