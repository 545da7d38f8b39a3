package org.o2c.payables.supplierpayment;

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
import org.o2c.runtime.idempotency.IdempotentRequests;
import org.o2c.runtime.paging.Page;
import org.o2c.runtime.problem.Problem;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;
import org.o2c.runtime.security.CurrentRequest;
import org.o2c.runtime.security.Roles;
import org.o2c.runtime.history.DocumentHistory;
import org.o2c.runtime.history.DocumentHistoryView;

@Path("/api/v1/supplier-payments")
@Tag(name = "Supplier payments")
@Produces(MediaType.APPLICATION_JSON)
public class SupplierPaymentResource {
    private static final String EXAMPLE = """
            {
              "supplierId": "7a3e5c1d-9b2f-4e6a-8c0d-1f2e3d4c5b6a",
              "paymentDate": "2026-11-20",
              "items": [
                {"supplierInvoiceId": "5e7a9c1b-3d2f-4a6e-b8c0-d1e2f3a4b5c6", "amount": "1190.00"},
                {"supplierInvoiceId": "9b1d3f5a-7c2e-4b8d-a0f1-e2d3c4b5a697", "amount": "500.00"}
              ]
            }""";

    @Inject
    DocumentHistory history;
    @Inject
    SupplierPaying paying;
    @Inject
    SupplierPaymentRegister register;
    @Inject
    CurrentRequest caller;
    @Inject
    IdempotentRequests idempotentRequests;

    /*
     * Paying releases money, so it takes the ap-approver role: a clerk registers, another user approves, and only
     * an approver pays, so no single clerk can move money alone. Maker-checker on payment runs comes with them.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AP_APPROVER)
    @Operation(operationId = "paySupplier", summary = "Pay a supplier", description = """
            Pays approved invoices of one supplier, each in full or in part, in the supplier's currency. Each amount
            must be greater than 0 and at most the invoice's open amount; an invoice is never paid above what was
            approved: payments racing for one invoice are taken one after the other, each judged against the open
            amount the earlier ones left. If any item is refused,
                    nothing is paid. Publishes SupplierPaymentMade.v1 on o2c.payables.events, listing each
            invoice's open amount after the payment.""")
    @RequestBody(required = true,
            content = @Content(schema = @Schema(implementation = MakeSupplierPaymentRequest.class),
            examples = @ExampleObject(name = "one in full, one in part", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Paid; Location names the new supplier payment",
            content = @Content(schema = @Schema(implementation = SupplierPaymentView.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule, or the body is not valid JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = """
            Unknown supplier or invoice (unknown-reference), an invoice not approved (approved-only), of another
            supplier (same-supplier), listed twice (distinct), an amount above its open amount
            (not-above-open-amount) or with more decimals than the currency has (minor-unit), a payment date inside
            a closed accounting period (period-closed), or a reused Idempotency-Key""",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response pay(
            @Parameter(description = "Makes a retried request take effect once", example = "bank-file-2026-11-20-001")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid MakeSupplierPaymentRequest request) {
        return idempotentRequests.execute(idempotencyKey, "POST /api/v1/supplier-payments", request, () -> {
            SupplierPaymentView payment = paying.pay(request, caller.legalEntities());
            return Response.created(URI.create("/api/v1/supplier-payments/" + payment.id())).entity(payment).build();
        });
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.INTEGRATION, Roles.AP_CLERK, Roles.AP_APPROVER, Roles.AUDITOR})
    @Operation(operationId = "getSupplierPayment", summary = "Read a supplier payment")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SupplierPaymentView.class)))
    @APIResponse(responseCode = "404", description = "No such supplier payment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SupplierPaymentView get(@Parameter(description = "Supplier payment id") @PathParam("id") UUID id) {
        return caller.legalEntities().reveal(register.find(id), SupplierPaymentView::legalEntity)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "no supplier payment " + id));
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.INTEGRATION, Roles.AP_CLERK, Roles.AP_APPROVER, Roles.AUDITOR})
    @Operation(operationId = "getSupplierPaymentHistory", summary = "A supplier payment's history",
            description = DocumentHistory.DESCRIPTION)
    public DocumentHistoryView history(@PathParam("id") UUID id) {
        get(id);
        return history.of(id);
    }

    @GET
    @RolesAllowed({Roles.INTEGRATION, Roles.AP_CLERK, Roles.AP_APPROVER, Roles.AUDITOR})
    @Operation(operationId = "listSupplierPayments",
            summary = "List supplier payments", description = "Newest payment date first; optionally to one supplier.")
    @APIResponse(responseCode = "200", description = "One page of supplier payments")
    @APIResponse(responseCode = "400", description = "A query parameter breaks a rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<SupplierPaymentView> list(
            @Parameter(description = "Only payments to this supplier") @QueryParam("supplierId") UUID supplierId,
            @Parameter(description = "Page number from 0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Items per page, up to 500") @QueryParam("size") @DefaultValue("50")
            @Min(1) @Max(Page.MAX_SIZE) int size) {
        return register.list(caller.legalEntities(), supplierId, page, size);
    }
}
