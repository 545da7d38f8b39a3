package org.o2c.invoicing.invoice;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
import org.o2c.runtime.security.CurrentRequest;
import org.o2c.runtime.security.Roles;

@Path("/api/v1/invoice-batches")
@Tag(name = "Invoices")
@Produces(MediaType.APPLICATION_JSON)
public class InvoiceBatchResource {
    private static final String EXAMPLE = """
            {
              "invoices": [
                {
                  "customerId": "4f6c1a2e-8d0b-4c3e-9a57-1f2d3c4b5a69",
                  "issueDate": "2026-11-02",
                  "lines": [{"description": "Pilsner keg 50 l", "quantity": "4", "unitPrice": "119.50",
                          "taxRate": "19"}]
                },
                {
                  "customerId": "9a1d3f5e-2b4c-4d6e-8f0a-1b2c3d4e5f60",
                  "issueDate": "2026-11-02",
                  "lines": [{"description": "Wheat beer crate", "quantity": "12", "unitPrice": "18.90",
                          "taxRate": "19"}]
                }
              ]
            }""";
    private static final String ANSWER = """
            {
              "invoices": [
                {"id": "0b8f2c1e-5a4d-4e8f-9c3b-2d1e0f9a8b7c", "invoiceNumber": "INV-2026-000042",
                 "customerId": "4f6c1a2e-8d0b-4c3e-9a57-1f2d3c4b5a69", "currency": "EUR", "issueDate": "2026-11-02",
                 "dueDate": "2026-12-02", "grossAmount": "568.82"},
                {"id": "5d2e7a9c-1f3b-4c5d-8e6f-7a8b9c0d1e2f", "invoiceNumber": "INV-2026-000043",
                 "customerId": "9a1d3f5e-2b4c-4d6e-8f0a-1b2c3d4e5f60", "currency": "EUR", "issueDate": "2026-11-02",
                 "dueDate": "2026-11-16", "grossAmount": "269.89"}
              ]
            }""";

    @Inject
    InvoiceIssuing issuing;
    @Inject
    IdempotentRequests idempotentRequests;
    @Inject
    CurrentRequest caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INTEGRATION, Roles.AR_CLERK})
    @Operation(operationId = "issueInvoiceBatch", summary = "Issue many invoices at once", description = """
            For an ERP's billing run or a data migration: up to 1000 invoices in one request and one transaction, \
            all or nothing. Each invoice follows the rules of POST /api/v1/invoices (numbers from the gapless series \
            of the customer's legal entity and issue year, in the order of the request; due date from the payment \
            terms; amounts rounded half-up) and publishes its own InvoiceIssued.v1 on o2c.invoicing.events. A \
            problem in any invoice refuses the whole batch and names the invoice, e.g. \
            invoices[3].lines[0].quantity; no number is used then.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = IssueInvoiceBatchRequest.class),
            examples = @ExampleObject(name = "two invoices", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "All issued, in the order of the request",
            content = @Content(schema = @Schema(implementation = InvoiceBatchView.class),
                    examples = @ExampleObject(name = "two invoices", value = ANSWER)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule, or the body is not valid JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown customer, a business rule, issue dates inside a "
            + "closed accounting period (period-closed, each named) or after today (not-in-future), or a reused "
            + "Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response issue(
            @Parameter(description = "Makes a retried request take effect once", example = "erp-billing-run-2026-11-02")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid IssueInvoiceBatchRequest request) {
        return idempotentRequests.execute(idempotencyKey, "POST /api/v1/invoice-batches", request, () ->
                Response.status(Response.Status.CREATED)
                        .entity(new InvoiceBatchView(issuing.issueAll(request.invoices(), caller.legalEntities())))
                                .build());
    }
}
