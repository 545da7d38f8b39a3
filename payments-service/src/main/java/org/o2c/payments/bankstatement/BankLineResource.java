package org.o2c.payments.bankstatement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.o2c.runtime.idempotency.IdempotentRequests;
import org.o2c.runtime.paging.Page;
import org.o2c.runtime.problem.Problem;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;
import org.o2c.runtime.security.CurrentRequest;
import org.o2c.runtime.security.Roles;

@Path("/api/v1/bank-lines")
@Tag(name = "Bank statements")
@Produces(MediaType.APPLICATION_JSON)
public class BankLineResource {
    private static final String QUEUE_DESCRIPTION = """
            The lines of imported statements, oldest value date first. status=unmatched is the exception queue: \
            credit lines the matching was not sure of, each with up to five suggestions (customer, invoices and \
            amounts, a score from 0 to 100 and the reasons in words), and debit lines. How the matching scores: \
            a structured creditor reference (ISO 11649 RF or Swiss QR/ISR, check digits verified) naming an open \
            invoice 98, 100 with the amount equal to the open amount; invoice numbers in the payer's text, \
            compared by their digits so that prefixes, spaces and hyphens do not matter, 100 with the amount \
            equal, 92 when it pays more (the rest stays unapplied), 88 when it pays part; a number one wrong or \
            two swapped digits away from an open invoice's (the payer's own when its account or name tells who it \
            is, else any customer's) 92 with the amount equal, else 55 (when the number named disagrees with the \
            amount and one a typo away agrees, the named one drops to 60); an invoice the text names of another \
            customer than the one the payer's account or name tells at most 80; a payer account learned from earlier \
            payments of the customer: one open item of the amount 92, several 80, a combination of 2 to 5 open \
            items 88 (70 when two fit), none 50; the payer's name equal to the customer's (without legal form, \
            case or punctuation): the same less 6; the amount alone equal to the only open item of that amount \
            60, to one of several 35. A line is applied automatically when its best suggestion scores at least \
            85 (o2c.cash-application.auto-apply-threshold), allocates to an invoice, leads the next by 10 points \
            or more and its value date lies in an open period.""";
    private static final String APPLY_EXAMPLE = """
            {"suggestion": 1}""";
    private static final String BY_HAND_EXAMPLE = """
            {"customerId": "4f6c1a2e-8d0b-4c3e-9a57-1f2d3c4b5a69",
             "allocations": [{"invoiceId": "0b9d6f3e-2a41-4f0c-9e7b-5d8c1a2b3c4d", "amount": "400.00"}]}""";

    @Inject
    BankStatementQueries queries;
    @Inject
    BankLineApplication application;
    @Inject
    IdempotentRequests idempotentRequests;
    @Inject
    CurrentRequest caller;

    @GET
    @RolesAllowed({Roles.AR_CLERK, Roles.AR_MANAGER, Roles.INTEGRATION, Roles.AUDITOR})
    @Operation(operationId = "listBankLines", summary = "List bank lines, the exception queue among them",
            description = QUEUE_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "One page of lines")
    @APIResponse(responseCode = "400", description = "A query parameter breaks a rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<BankLineView> list(
            @Parameter(description = "unmatched (the queue), applied or reconciled; any when left out",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"unmatched", "applied", "reconciled"}))
            @QueryParam("status") @Pattern(regexp = "unmatched|applied|reconciled",
                    message = "must be unmatched, applied or reconciled")
            String status,
            @Parameter(description = "credit (money in) or debit (money out); any when left out",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"credit", "debit"}))
            @QueryParam("direction") @Pattern(regexp = "credit|debit", message = "must be credit or debit")
            String direction,
            @Parameter(description = "Only lines of this bank account") @QueryParam("bankAccountId")
            UUID bankAccountId,
            @Parameter(description = "Only lines of this statement") @QueryParam("statementId") UUID statementId,
            @Parameter(description = "Page number from 0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Items per page, up to 500") @QueryParam("size") @DefaultValue("50")
            @Min(1) @Max(Page.MAX_SIZE) int size) {
        return queries.lines(caller.legalEntities(), status, direction, bankAccountId, statementId, page, size);
    }

    @GET
    @Path("{lineId}")
    @RolesAllowed({Roles.AR_CLERK, Roles.AR_MANAGER, Roles.INTEGRATION, Roles.AUDITOR})
    @Operation(operationId = "getBankLine", summary = "Read a bank line with its suggestions")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = BankLineView.class)))
    @APIResponse(responseCode = "404", description = "No such line",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BankLineView get(@Parameter(description = "Line id") @PathParam("lineId") UUID lineId) {
        return caller.legalEntities().reveal(queries.line(lineId), BankLineView::legalEntity)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "no bank line " + lineId));
    }

    @POST
    @Path("{lineId}/application")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AR_CLERK, Roles.AR_MANAGER})
    @Operation(operationId = "applyBankLine", summary = "Apply a waiting credit line", description = """
            A clerk's decision on a credit line of the queue: confirm one of its suggestions by rank (its \
            allocations are taken against what is open now), or name the customer and, optionally, invoices of \
            that customer with the amounts to apply (many lines may pay one invoice, one line many invoices). \
            What is not allocated stays unapplied cash of the customer. Publishes BankLineApplied.v1, then \
            PaymentReceived.v1 and PaymentApplied.v1 dated on the line's value date. The payer's account is \
            remembered for the customer, so that its next payments are recognised. Rules: either suggestion or \
            customerId (one-of); allocations only with customerId (with-customer); the customer of the bank \
            account's legal entity (same-legal-entity) billed in the line's currency (account-currency); each \
            amount at most the invoice's open amount and together at most the line's amount (as for \
            allocatePayment); a line is applied once (409 not-yet-applied); a debit line is not a customer's \
            payment (credit-line); the value date in an open period (period-closed).""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ApplyBankLineRequest.class),
            examples = {@ExampleObject(name = "confirm the best suggestion", value = APPLY_EXAMPLE),
                    @ExampleObject(name = "by hand", value = BY_HAND_EXAMPLE)}))
    @APIResponse(responseCode = "200", description = "Applied; the line with its payment",
            content = @Content(schema = @Schema(implementation = BankLineView.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule, or the body is not valid JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such line",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The line was already applied",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown customer or invoice (unknown-reference), a business "
            + "rule named in the problem's violations, or a reused Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response apply(
            @Parameter(description = "The line to apply") @PathParam("lineId") UUID lineId,
            @Parameter(description = "Makes a retried request take effect once", example = "queue-line-8812")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid ApplyBankLineRequest request) {
        return idempotentRequests.execute(idempotencyKey, "POST /api/v1/bank-lines/" + lineId + "/application",
                request, () -> Response.ok(application.apply(lineId, request, caller.legalEntities())).build());
    }
}
