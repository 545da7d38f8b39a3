package org.o2c.payments.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.o2c.payments.payment.CashApplication;
import org.o2c.runtime.idempotency.IdempotentRequests;
import org.o2c.runtime.paging.Page;
import org.o2c.runtime.problem.Problem;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;
import org.o2c.runtime.security.CurrentRequest;
import org.o2c.runtime.security.Roles;

@Path("/api/v1/accounts")
@Tag(name = "Receivable accounts")
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {
    @Inject
    AccountQueries queries;
    @Inject
    CurrentRequest caller;
    @Inject
    CashApplication cashApplication;
    @Inject
    IdempotentRequests idempotentRequests;

    @GET
    @Path("{customerId}")
    @RolesAllowed({Roles.AR_CLERK, Roles.AR_MANAGER, Roles.INTEGRATION, Roles.COLLECTOR, Roles.CREDIT_MANAGER,
            Roles.AUDITOR})
    @Operation(operationId = "getReceivableAccount", summary = "Read a customer's receivables", description = """
            Per currency: the totals (open items, unapplied cash, credit balance, balance = open items - unapplied \
            cash - credit balance), one page of the items still open (oldest due date first; page and size apply \
            to each currency), and the payments with an unapplied amount (oldest first, at most 100; the count \
            tells when there are more, all are in GET /api/v1/payments?customerId=).""")
    @APIResponse(responseCode = "200", description = "The customer's accounts",
            content = @Content(schema = @Schema(implementation = CustomerAccountsView.class)))
    @APIResponse(responseCode = "400", description = "A query parameter breaks a rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No customer of that id is known to the receivables ledger",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CustomerAccountsView get(
            @Parameter(description = "Customer id", example = "4f6c1a2e-8d0b-4c3e-9a57-1f2d3c4b5a69")
            @PathParam("customerId") UUID customerId,
            @Parameter(description = "Page of open items, from 0", example = "0") @QueryParam("page")
            @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Open items per page, up to 500", example = "50") @QueryParam("size")
            @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return caller.legalEntities().reveal(queries.of(customerId, page, size), CustomerAccountsView::legalEntity)
                .orElseThrow(() ->
                new ProblemException(ProblemType.NOT_FOUND, "no customer " + customerId
                        + " in the receivables ledger"));
    }

    @POST
    @Path("{customerId}/credit-balance/allocations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AR_CLERK, Roles.AR_MANAGER})
    @Operation(operationId = "applyCreditBalance", summary = "Apply a customer's credit balance to an invoice",
            description = """
            A credit balance (what a credit note gave beyond what its invoice had open) is applied to a later \
            invoice like cash: the invoice's open amount and the credit balance fall by the amount \
            (CreditBalanceApplied.v1, then InvoiceSettled.v1 when nothing is left open), dated today (never before \
            the invoice's issue date). Rules: more than 0; at most the invoice's open amount \
            (not-above-open-amount) and the account's credit balance (not-above-credit-balance); the invoice the \
            customer's in that currency (unknown-reference on invoiceId).""")
    @RequestBody(required = true, content = @Content(
            schema = @Schema(implementation = CreditBalanceAllocationRequest.class),
            examples = @ExampleObject(name = "a later invoice", value = """
                    {"currency": "EUR", "invoiceId": "0b9d6f3e-2a41-4f0c-9e7b-5d8c1a2b3c4d", "amount": "20.00"}""")))
    @APIResponse(responseCode = "200", description = "Applied; the customer's accounts as they now stand",
            content = @Content(schema = @Schema(implementation = CustomerAccountsView.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule, or the body is not valid JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such customer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The account kept changing under concurrent requests; retry",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown invoice, a rule named in the problem's violations, a "
            + "date in a closed period, or a reused Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response applyCreditBalance(
            @Parameter(description = "Customer id", example = "4f6c1a2e-8d0b-4c3e-9a57-1f2d3c4b5a69")
            @PathParam("customerId") UUID customerId,
            @Parameter(description = "Makes a retried request take effect once")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid CreditBalanceAllocationRequest request) {
        return idempotentRequests.execute(idempotencyKey,
                "POST /api/v1/accounts/" + customerId + "/credit-balance/allocations", request, () -> {
                    cashApplication.applyCreditBalance(customerId, request, caller.legalEntities());
                    return Response.ok(queries.of(customerId, 0, 50).orElseThrow()).build();
                });
    }
}
