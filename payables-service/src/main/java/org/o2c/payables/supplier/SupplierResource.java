package org.o2c.payables.supplier;

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
import java.util.Currency;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
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

@Path("/api/v1/suppliers")
@Tag(name = "Suppliers")
@Produces(MediaType.APPLICATION_JSON)
public class SupplierResource {
    private static final String EXAMPLE = """
            {"name": "Hopfenkontor Hallertau GmbH", "legalEntity": "DE01", "currency": "EUR", "paymentTermsNetDays": 30}""";

    @Inject
    DocumentHistory history;
    @Inject
    Commands commands;
    @Inject
    SupplierDirectory directory;
    @Inject
    CurrentRequest caller;
    @Inject
    IdempotentRequests idempotentRequests;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INTEGRATION, Roles.AP_CLERK})
    @Operation(operationId = "registerSupplier", summary = "Register a supplier", description = """
            Takes on a supplier with the currency it invoices in and its payment terms; publishes
            SupplierRegistered.v1 on o2c.payables.events. Bank details are not taken here: they will be entered
            and confirmed by two users and are never published.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = RegisterSupplierRequest.class),
            examples = @ExampleObject(name = "brewery supplier", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Registered; Location names the new supplier",
            content = @Content(schema = @Schema(implementation = SupplierView.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule, or the body is not valid JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(
            @Parameter(description = "Makes a retried request take effect once", example = "erp-vendor-30017")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid RegisterSupplierRequest request) {
        caller.legalEntities().require("legalEntity", request.legalEntity());
        return idempotentRequests.execute(idempotencyKey, "POST /api/v1/suppliers", request, () -> {
            SupplierId id = SupplierId.newId();
            commands.send(new RegisterSupplier(id, request.name(), request.legalEntity(),
                    Currency.getInstance(request.currency()), request.paymentTermsNetDays()));
            SupplierView created = directory.find(id.value()).orElseThrow();
            return Response.created(URI.create("/api/v1/suppliers/" + id)).entity(created).build();
        });
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.INTEGRATION, Roles.AP_CLERK, Roles.AP_APPROVER, Roles.AUDITOR})
    @Operation(operationId = "getSupplier", summary = "Read a supplier")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SupplierView.class)))
    @APIResponse(responseCode = "404", description = "No such supplier",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SupplierView get(@Parameter(description = "Supplier id") @PathParam("id") UUID id) {
        return caller.legalEntities().reveal(directory.find(id), SupplierView::legalEntity)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "no supplier " + id));
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.INTEGRATION, Roles.AP_CLERK, Roles.AP_APPROVER, Roles.AUDITOR})
    @Operation(operationId = "getSupplierHistory", summary = "A supplier's history",
            description = DocumentHistory.DESCRIPTION)
    public DocumentHistoryView history(@PathParam("id") UUID id) {
        get(id);
        return history.of(id);
    }

    @GET
    @RolesAllowed({Roles.INTEGRATION, Roles.AP_CLERK, Roles.AP_APPROVER, Roles.AUDITOR})
    @Operation(operationId = "listSuppliers",
            summary = "List suppliers", description = "Sorted by name; optionally of one legal entity.")
    @APIResponse(responseCode = "200", description = "One page of suppliers")
    @APIResponse(responseCode = "400", description = "A query parameter breaks a rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<SupplierView> list(
            @Parameter(description = "Only suppliers of this legal entity", example = "DE01")
            @QueryParam("legalEntity") @Pattern(regexp = "[A-Z0-9]{2,10}") String legalEntity,
            @Parameter(description = "Page number from 0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Items per page, up to 500") @QueryParam("size") @DefaultValue("50")
            @Min(1) @Max(Page.MAX_SIZE) int size) {
        caller.legalEntities().require("legalEntity", legalEntity);
        return directory.list(caller.legalEntities(), legalEntity, page, size);
    }
}
