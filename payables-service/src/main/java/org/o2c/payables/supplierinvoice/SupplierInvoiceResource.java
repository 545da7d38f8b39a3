package org.o2c.payables.supplierinvoice;

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
import java.net.URI;
import java.util.Set;
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
import org.o2c.runtime.axon.Commands;
import org.o2c.runtime.idempotency.IdempotentRequests;
import org.o2c.runtime.paging.Page;
import org.o2c.runtime.problem.Problem;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;
import org.o2c.runtime.security.CurrentRequest;
import org.o2c.runtime.security.Roles;
import org.o2c.runtime.history.DocumentHistory;
import org.o2c.runtime.history.DocumentHistoryView;

@Path("/api/v1/supplier-invoices")
@Tag(name = "Supplier invoices")
@Produces(MediaType.APPLICATION_JSON)
public class SupplierInvoiceResource {
    private static final String EXAMPLE = """
            {
              "supplierId": "7a3e5c1d-9b2f-4e6a-8c0d-1f2e3d4c5b6a",
              "supplierInvoiceNumber": "RE-2026-0815",
              "invoiceDate": "2026-11-02",
              "currency": "EUR",
              "netAmount": "1000.00",
              "taxAmount": "190.00",
              "grossAmount": "1190.00"
            }""";
    private static final String STATUSES = "REGISTERED|APPROVED|PARTIALLY_PAID|PAID";

    @Inject
    DocumentHistory history;
    @Inject
    SupplierInvoiceRegistration registration;
    @Inject
    SupplierInvoiceRegister register;
    @Inject
    Commands commands;
    @Inject
    CurrentRequest currentRequest;
    @Inject
    IdempotentRequests idempotentRequests;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INTEGRATION, Roles.AP_CLERK})
    @Operation(operationId = "registerSupplierInvoice", summary = "Register a supplier invoice", description = """
            Registers a supplier's invoice as a payable of the supplier's legal entity, with the acting user as
            registeredBy, who may then not approve it. The due date defaults to the invoice date plus the supplier's
            payment terms. The same supplier invoice number (ignoring case and whitespace) is accepted once per
            supplier. Publishes SupplierInvoiceRegistered.v1 on o2c.payables.events.""")
    @RequestBody(required = true, content = @Content(
            schema = @Schema(implementation = RegisterSupplierInvoiceRequest.class),
            examples = @ExampleObject(name = "goods with 19% tax", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Registered; Location names the new supplier invoice",
            content = @Content(schema = @Schema(implementation = SupplierInvoiceView.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule, or the body is not valid JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = """
            The supplier's invoice number is already registered for this supplier (rule unique-per-supplier)""",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = """
            Unknown supplier, gross not net + tax, another currency than the supplier's, more decimals than the
            currency has, due date before invoice date, an invoice date inside a closed accounting period
            (period-closed), or a reused Idempotency-Key""",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(
            @Parameter(description = "Makes a retried request take effect once", example = "erp-ap-2026-0815")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid RegisterSupplierInvoiceRequest request) {
        return idempotentRequests.execute(idempotencyKey, "POST /api/v1/supplier-invoices", request, () -> {
            SupplierInvoiceView invoice = registration.register(request, currentRequest.actingUser(),
                    currentRequest.legalEntities());
            return Response.created(URI.create("/api/v1/supplier-invoices/" + invoice.id())).entity(invoice).build();
        });
    }

    @POST
    @Path("{id}/approval")
    @RolesAllowed(Roles.AP_APPROVER)
    @Operation(operationId = "approveSupplierInvoice",
            summary = "Approve a supplier invoice for payment", description = """
            Approves a registered supplier invoice for payment of its gross amount. The approver must not be the
            user who registered it (segregation of duties); an invoice is approved once. A body, if sent, is
            ignored. Publishes
            SupplierInvoiceApproved.v1 on o2c.payables.events.""")
    @APIResponse(responseCode = "200", description = "Approved",
            content = @Content(schema = @Schema(implementation = SupplierInvoiceView.class)))
    @APIResponse(responseCode = "404", description = "No such supplier invoice",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = """
            The acting user registered this invoice (rule segregation-of-duties), or it is already approved
            (rule already-approved)""",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response approve(
            @Parameter(description = "Makes a retried approval answer as the first did instead of 422",
                    example = "approval-5e7a9c1b") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Parameter(description = "Supplier invoice id") @PathParam("id") UUID id) {
        return idempotentRequests.execute(idempotencyKey, "POST /api/v1/supplier-invoices/{id}/approval", id, () -> {
            if (register.lockExisting(Set.of(id), currentRequest.legalEntities()).isEmpty()) {
                throw new ProblemException(ProblemType.NOT_FOUND, "no supplier invoice " + id);
            }
            commands.send(new ApproveSupplierInvoice(new SupplierInvoiceId(id), currentRequest.actingUser()));
            return Response.ok(register.find(id).orElseThrow()).build();
        });
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.INTEGRATION, Roles.AP_CLERK, Roles.AP_APPROVER, Roles.AUDITOR})
    @Operation(operationId = "getSupplierInvoice",
            summary = "Read a supplier invoice", description = "With its status, open amount and payments.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SupplierInvoiceView.class)))
    @APIResponse(responseCode = "404", description = "No such supplier invoice",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SupplierInvoiceView get(@Parameter(description = "Supplier invoice id") @PathParam("id") UUID id) {
        return currentRequest.legalEntities().reveal(register.find(id), SupplierInvoiceView::legalEntity)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "no supplier invoice " + id));
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.INTEGRATION, Roles.AP_CLERK, Roles.AP_APPROVER, Roles.AUDITOR})
    @Operation(operationId = "getSupplierInvoiceHistory", summary = "A supplier invoice's history",
            description = DocumentHistory.DESCRIPTION)
    public DocumentHistoryView history(@PathParam("id") UUID id) {
        get(id);
        return history.of(id);
    }

    @GET
    @RolesAllowed({Roles.INTEGRATION, Roles.AP_CLERK, Roles.AP_APPROVER, Roles.AUDITOR})
    @Operation(operationId = "listSupplierInvoices", summary = "List supplier invoices",
            description = "Earliest due date first; optionally of one supplier and in one status.")
    @APIResponse(responseCode = "200", description = "One page of supplier invoices")
    @APIResponse(responseCode = "400", description = "A query parameter breaks a rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<SupplierInvoiceSummary> list(
            @Parameter(description = "Only this supplier's invoices") @QueryParam("supplierId") UUID supplierId,
            @Parameter(description = "Only invoices in this status",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"REGISTERED", "APPROVED",
                            "PARTIALLY_PAID",
                            "PAID"}))
            @QueryParam("status") @Pattern(regexp = STATUSES, message = "must be one of " + STATUSES) String status,
            @Parameter(description = "Page number from 0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Items per page, up to 500") @QueryParam("size") @DefaultValue("50")
            @Min(1) @Max(Page.MAX_SIZE) int size) {
        return register.list(currentRequest.legalEntities(), supplierId, status == null ? null : SupplierInvoiceStatus
                .valueOf(status), page, size);
    }
}
