package org.o2c.invoicing.creditnote;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.o2c.runtime.idempotency.IdempotentRequests;
import org.o2c.runtime.problem.Problem;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;
import org.o2c.runtime.security.CurrentRequest;
import org.o2c.runtime.security.Roles;

@Path("/api/v1/invoices/{invoiceId}/credit-notes")
@Tag(name = "Credit notes")
@Produces(MediaType.APPLICATION_JSON)
public class InvoiceCreditNoteResource {
    private static final String BY_LINE = """
            {"reason": "2 kegs returned damaged", "lines": [{"lineNumber": 1, "quantity": "2"}]}""";
    private static final String BY_AMOUNT = """
            {"reason": "goodwill for late delivery", "amount": "50.00"}""";

    @Inject
    CreditNoteIssuing issuing;
    @Inject
    IdempotentRequests idempotentRequests;
    @Inject
    CurrentRequest caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INTEGRATION, Roles.AR_CLERK, Roles.AR_MANAGER})
    @Operation(operationId = "creditInvoice", summary = "Credit an invoice", description = """
            Issues a credit note against the invoice, numbered in its own gapless series per legal entity and issue \
            year (CN-2026-000001). Either by line (invoice line numbers and quantities; amounts and tax computed as \
            on the invoice, with the legal entity's tax rounding; never more of a line than is not yet credited) or \
            by amount (a gross amount split over the invoice's tax rates in proportion to what is still creditable \
            at each, net + tax = gross exactly). Never more than the invoice's creditableAmount (gross minus the \
            credit notes already issued on it). Publishes CreditNoteIssued.v1 on o2c.invoicing.events with the \
            invoice id as key, after the invoice's InvoiceIssued.v1.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = IssueCreditNoteRequest.class),
            examples = {@ExampleObject(name = "by line", value = BY_LINE),
                    @ExampleObject(name = "by amount", value = BY_AMOUNT)}))
    @APIResponse(responseCode = "201", description = "Issued; Location names the new credit note",
            content = @Content(schema = @Schema(implementation = CreditNoteView.class)))
    @APIResponse(responseCode = "400", description = """
            A field breaks a rule (reason missing; both or neither of lines and amount: rule lines-or-amount), or \
            the body is not valid JSON""",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such invoice",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = """
            A business rule: more than is still creditable (not-above-creditable), more of a line than is not yet \
            credited (not-above-uncredited-quantity), a line the invoice does not have (exists), an amount below \
            the currency's minor unit (minor-unit), an issue date before the invoice's (not-before-invoice); or a \
            reused Idempotency-Key; an issue date inside a closed accounting period (period-closed) or after today
            (not-in-future)""",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response issue(
            @Parameter(description = "The invoice to credit", example = "0b9d6f3e-2a41-4f0c-9e7b-5d8c1a2b3c4d")
            @PathParam("invoiceId") UUID invoiceId,
            @Parameter(description = "Makes a retried request take effect once", example = "erp-return-5531-credit")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid IssueCreditNoteRequest request) {
        boolean byLines = request.lines() != null && !request.lines().isEmpty();
        if (byLines == (request.amount() != null)) {
            throw ProblemException.field(ProblemType.VALIDATION_FAILED, "lines", "lines-or-amount",
                    "give either lines or an amount, not both and not neither");
        }
        return idempotentRequests.execute(idempotencyKey, "POST /api/v1/invoices/" + invoiceId + "/credit-notes",
                request, () -> {
                    CreditNoteView creditNote = issuing.issue(invoiceId, request, caller.legalEntities());
                    return Response.created(URI.create("/api/v1/credit-notes/" + creditNote.id()))
                            .entity(creditNote).build();
                });
    }
}
