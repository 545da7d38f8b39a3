package org.o2c.invoicing.invoice;

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
import org.o2c.invoicing.settlement.SettlementState;
import org.o2c.runtime.idempotency.IdempotentRequests;
import org.o2c.runtime.paging.Page;
import org.o2c.runtime.problem.Problem;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;
import org.o2c.runtime.security.CurrentRequest;
import org.o2c.runtime.security.Roles;
import org.o2c.runtime.history.DocumentHistory;
import org.o2c.runtime.history.DocumentHistoryView;

@Path("/api/v1/invoices")
@Tag(name = "Invoices")
@Produces(MediaType.APPLICATION_JSON)
public class InvoiceResource {
    private static final String EXAMPLE = """
            {
              "customerId": "4f6c1a2e-8d0b-4c3e-9a57-1f2d3c4b5a69",
              "issueDate": "2026-11-02",
              "lines": [
                {"description": "Pilsner keg 50 l", "quantity": "4", "unitPrice": "119.50", "taxRate": "19"},
                {"description": "Delivery", "quantity": "1", "unitPrice": "25.00", "taxRate": "19"}
              ]
            }""";

    @Inject
    DocumentHistory history;
    @Inject
    InvoiceIssuing issuing;
    @Inject
    InvoiceRegister register;
    @Inject
    IdempotentRequests idempotentRequests;
    @Inject
    CurrentRequest caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INTEGRATION, Roles.AR_CLERK})
    @Operation(operationId = "issueInvoice", summary = "Issue an invoice", description = """
            Issues an invoice to a registered customer: the next gapless number of the customer's legal entity and
            the issue year, the due date from the customer's payment terms, line net amounts, tax per rate and gross,
            rounded half-up to the currency. Publishes InvoiceIssued.v1 on o2c.invoicing.events.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = IssueInvoiceRequest.class),
            examples = @ExampleObject(name = "two lines", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Issued; Location names the new invoice",
            content = @Content(schema = @Schema(implementation = InvoiceView.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule, or the body is not valid JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown customer, a business rule, an issue date inside a "
            + "closed accounting period (period-closed) or after today (not-in-future), or a reused Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response issue(
            @Parameter(description = "Makes a retried request take effect once", example = "erp-order-77812-invoice")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid IssueInvoiceRequest request) {
        return idempotentRequests.execute(idempotencyKey, "POST /api/v1/invoices", request, () -> {
            InvoiceView invoice = issuing.issue(request, caller.legalEntities());
            return Response.created(URI.create("/api/v1/invoices/" + invoice.id())).entity(invoice).build();
        });
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.INTEGRATION, Roles.AR_CLERK, Roles.AR_MANAGER, Roles.COLLECTOR, Roles.CREDIT_MANAGER,
            Roles.AUDITOR})
    @Operation(operationId = "getInvoice", summary = "Read an invoice", description = """
            The invoice with its credit notes (creditedAmount, creditableAmount) and its settlement as learned from \
            o2c.payments.events: openAmount as last reported by the payments service, and settlementState. With \
            paid = grossAmount - credit notes applied - openAmount: PAID when nothing is open and something was \
            paid; CREDITED when nothing is open and nothing was paid; PARTIALLY_PAID when something is open and \
            something was paid; PARTIALLY_CREDITED when something is open and only credit notes were applied; \
            otherwise OPEN (also before the payments service has recorded the invoice).""")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = InvoiceView.class)))
    @APIResponse(responseCode = "404", description = "No such invoice",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public InvoiceView get(@PathParam("id") UUID id) {
        return caller.legalEntities().reveal(register.find(id), InvoiceView::legalEntity)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "no invoice " + id));
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.INTEGRATION, Roles.AR_CLERK, Roles.AR_MANAGER, Roles.COLLECTOR, Roles.CREDIT_MANAGER,
            Roles.AUDITOR})
    @Operation(operationId = "getInvoiceHistory", summary = "An invoice's history",
            description = DocumentHistory.DESCRIPTION)
    public DocumentHistoryView history(@PathParam("id") UUID id) {
        get(id);
        return history.of(id);
    }

    @GET
    @RolesAllowed({Roles.INTEGRATION, Roles.AR_CLERK, Roles.AR_MANAGER, Roles.COLLECTOR, Roles.CREDIT_MANAGER,
            Roles.AUDITOR})
    @Operation(operationId = "listInvoices", summary = "List invoices", description = """
            Newest issue date first; optionally of one customer and in one settlement state (see GET \
            /api/v1/invoices/{id} for the rule).""")
    @APIResponse(responseCode = "200", description = "One page of invoices")
    @APIResponse(responseCode = "400", description = "A query parameter breaks a rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<InvoiceView> list(
            @Parameter(description = "Only this customer's invoices") @QueryParam("customerId") UUID customerId,
            @Parameter(description = "Only invoices in this settlement state")
            @QueryParam("settlementState") SettlementState settlementState,
            @Parameter(description = "Page number from 0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Items per page, up to 500") @QueryParam("size") @DefaultValue("50")
            @Min(1) @Max(Page.MAX_SIZE) int size) {
        return register.list(caller.legalEntities(), customerId, settlementState, page, size);
    }
}
