package org.o2c.invoicing.customer;

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

@Path("/api/v1/customer-batches")
@Tag(name = "Customers")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerBatchResource {
    private static final String EXAMPLE = """
            {
              "customers": [
                {"name": "Brauhaus Köhler GmbH", "legalEntity": "DE01", "currency": "EUR", "paymentTermsNetDays": 30},
                {"name": "Taverne du Port SARL", "legalEntity": "FR01", "currency": "EUR", "paymentTermsNetDays": 45}
              ]
            }""";
    private static final String ANSWER = """
            {
              "customers": [
                {"id": "4f6c1a2e-8d0b-4c3e-9a57-1f2d3c4b5a69", "name": "Brauhaus Köhler GmbH", "legalEntity": "DE01",
                 "currency": "EUR", "paymentTermsNetDays": 30, "registeredAt": "2026-11-02T08:15:30.120Z"},
                {"id": "9a1d3f5e-2b4c-4d6e-8f0a-1b2c3d4e5f60", "name": "Taverne du Port SARL", "legalEntity": "FR01",
                 "currency": "EUR", "paymentTermsNetDays": 45, "registeredAt": "2026-11-02T08:15:30.120Z"}
              ]
            }""";

    @Inject
    CustomerRegistration registration;
    @Inject
    IdempotentRequests idempotentRequests;
    @Inject
    CurrentRequest caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INTEGRATION, Roles.AR_CLERK})
    @Operation(operationId = "registerCustomerBatch", summary = "Register many customers at once", description = """
            For an ERP's master data load or a migration: up to 1000 customers in one request and one transaction, \
            all or nothing. Each customer follows the rules of POST /api/v1/customers and publishes its own \
            CustomerRegistered.v1 on o2c.invoicing.events. A problem in any customer refuses the whole batch and \
            names the customer, e.g. customers[3].name.""")
    @RequestBody(required = true, content = @Content(
            schema = @Schema(implementation = RegisterCustomerBatchRequest.class),
            examples = @ExampleObject(name = "two customers", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "All registered, in the order of the request",
            content = @Content(schema = @Schema(implementation = CustomerBatchView.class),
                    examples = @ExampleObject(name = "two customers", value = ANSWER)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule, or the body is not valid JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A business rule, or a reused Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(
            @Parameter(description = "Makes a retried request take effect once",
                    example = "erp-customer-load-2026-11-02")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid RegisterCustomerBatchRequest request) {
        return idempotentRequests.execute(idempotencyKey, "POST /api/v1/customer-batches", request, () ->
                Response.status(Response.Status.CREATED)
                        .entity(new CustomerBatchView(registration.registerAll(request.customers(),
                                caller.legalEntities()))).build());
    }
}
