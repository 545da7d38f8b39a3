package org.o2c.invoicing.customer;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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

@Path("/api/v1/customers")
@Tag(name = "Customers")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerResource {
    @Inject
    DocumentHistory history;
    @Inject
    CustomerRegistration registration;
    @Inject
    CustomerDirectory directory;
    @Inject
    IdempotentRequests idempotentRequests;
    @Inject
    CurrentRequest caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INTEGRATION, Roles.AR_CLERK})
    @Operation(operationId = "registerCustomer",
            summary = "Register a customer", description = "Opens a customer account; publishes CustomerRegistered.v1.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the new customer",
            content = @Content(schema = @Schema(implementation = CustomerView.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule, or the body is not valid JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(
            @Parameter(description = "Makes a retried request take effect once", example = "erp-cust-10042")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid RegisterCustomerRequest request) {
        return idempotentRequests.execute(idempotencyKey, "POST /api/v1/customers", request, () -> {
            CustomerView created = registration.register(request, caller.legalEntities());
            return Response.created(URI.create("/api/v1/customers/" + created.id())).entity(created).build();
        });
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.INTEGRATION, Roles.AR_CLERK, Roles.AR_MANAGER, Roles.COLLECTOR, Roles.CREDIT_MANAGER,
            Roles.AUDITOR})
    @Operation(operationId = "getCustomer", summary = "Read a customer")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CustomerView.class)))
    @APIResponse(responseCode = "404", description = "No such customer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CustomerView get(@PathParam("id") UUID id) {
        return caller.legalEntities().reveal(directory.find(id), CustomerView::legalEntity).orElseThrow(() ->
                new ProblemException(ProblemType.NOT_FOUND, "no customer " + id));
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.INTEGRATION, Roles.AR_CLERK, Roles.AR_MANAGER, Roles.COLLECTOR, Roles.CREDIT_MANAGER,
            Roles.AUDITOR})
    @Operation(operationId = "getCustomerHistory", summary = "A customer's history",
            description = DocumentHistory.DESCRIPTION)
    public DocumentHistoryView history(@PathParam("id") UUID id) {
        get(id);
        return history.of(id);
    }

    @GET
    @RolesAllowed({Roles.INTEGRATION, Roles.AR_CLERK, Roles.AR_MANAGER, Roles.COLLECTOR, Roles.CREDIT_MANAGER,
            Roles.AUDITOR})
    @Operation(operationId = "listCustomers",
            summary = "List customers", description = "Sorted by name; optionally of one legal entity.")
    @APIResponse(responseCode = "200", description = "One page of customers")
    @APIResponse(responseCode = "400", description = "A query parameter breaks a rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<CustomerView> list(
            @Parameter(description = "Only customers of this legal entity", example = "DE01")
            @QueryParam("legalEntity") @Pattern(regexp = "[A-Z0-9]{2,10}") String legalEntity,
            @Parameter(description = "Page number from 0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Items per page, up to 500") @QueryParam("size") @DefaultValue("50")
            @Min(1) @Max(Page.MAX_SIZE) int size) {
        caller.legalEntities().require("legalEntity", legalEntity);
        return directory.list(caller.legalEntities(), legalEntity, page, size);
    }
}
