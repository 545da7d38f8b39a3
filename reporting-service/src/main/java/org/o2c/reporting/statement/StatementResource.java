package org.o2c.reporting.statement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.o2c.runtime.paging.Page;
import org.o2c.runtime.problem.Problem;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;
import org.o2c.runtime.security.CurrentRequest;
import org.o2c.runtime.security.Roles;

@Path("/api/v1/customers/{customerId}/statement")
@Tag(name = "Statement of account", description = "What a customer was invoiced, credited and paid, with balances")
@Produces(MediaType.APPLICATION_JSON)
public class StatementResource {
    @Inject
    StatementQuery query;
    @Inject
    CurrentRequest caller;

    @GET
    @RolesAllowed({Roles.AR_CLERK, Roles.AR_MANAGER, Roles.COLLECTOR, Roles.CREDIT_MANAGER, Roles.AUDITOR})
    @Operation(operationId = "getStatementOfAccount", summary = "Statement of account", description = """
            Per currency: the opening balance (what the customer owed at the end of the day before from), then
            every invoice (+gross, on its issue date, with number and due date), credit note (-amount, on its
            issue date), payment received (-amount, on its value date, with the payer reference) and payment
            returned (+amount, on the day it was returned) from..to in date order, each with the running balance,
            and the closing balance. Applying a payment to an invoice moves no balance and is not listed. Lines
            are paginated; balances always cover the whole period.""")
    @APIResponse(responseCode = "200", description = "The statement",
            content = @Content(schema = @Schema(implementation = CustomerStatement.class)))
    @APIResponse(responseCode = "400", description = "from or to missing or not a date, from after to, or a bad page",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such customer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CustomerStatement statement(
            @Parameter(description = "Customer id", example = "4f6c1a2e-8d0b-4c3e-9a57-1f2d3c4b5a69")
            @PathParam("customerId") UUID customerId,
            @Parameter(description = "First day of the statement", required = true, example = "2026-07-01")
            @QueryParam("from") @NotNull LocalDate from,
            @Parameter(description = "Last day of the statement, on or after from", required = true,
                    example = "2026-07-31")
            @QueryParam("to") @NotNull LocalDate to,
            @Parameter(description = "Page of the lines, from 0", example = "0")
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Lines per page, up to 500", example = "100")
            @QueryParam("size") @DefaultValue("100") @Min(1) @Max(Page.MAX_SIZE) int size) {
        if (from.isAfter(to)) {
            throw ProblemException.field(ProblemType.VALIDATION_FAILED, "from", "not-after-to",
                    "must be on or before to (" + to + ")");
        }
        return query.statement(caller.legalEntities(), customerId, from, to, page, size)
                .orElseThrow(() -> new ProblemException(
                ProblemType.NOT_FOUND, "no customer " + customerId + " is known to the receivables ledger"));
    }
}
