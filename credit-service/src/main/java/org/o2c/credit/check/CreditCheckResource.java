package org.o2c.credit.check;

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

@Path("/api/v1/credit-checks")
@Tag(name = "Credit checks")
@Produces(MediaType.APPLICATION_JSON)
public class CreditCheckResource {
    @Inject
    CreditChecking checking;
    @Inject
    CurrentRequest caller;
    @Inject
    IdempotentRequests idempotentRequests;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INTEGRATION, Roles.AR_CLERK, Roles.AR_MANAGER, Roles.CREDIT_MANAGER})
    @Operation(operationId = "checkCredit", summary = "Check an order against the customer's credit", description = """
            Approved when the customer has a credit profile, is not on credit hold, and exposure + orderAmount is
            at most the credit limit; otherwise declined with every reason (NO_CREDIT_PROFILE, CUSTOMER_ON_HOLD,
            EXPOSURE_ABOVE_LIMIT). Exposure = open receivables - unapplied cash - credit balance of the customer's
            receivable account as last stated on o2c.payments.events; open orders are not counted yet, so an
            approved check does not reserve credit. A decline publishes CreditCheckDeclined.v1 on
            o2c.credit.events, keyed by the customer. Answered from one indexed read; meant for order entry, where
            a user waits.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CreditCheckRequest.class),
            examples = @ExampleObject(name = "order", value = """
                    {"customerId": "4f6c1a2e-8d0b-4c3e-9a57-1f2d3c4b5a69", "orderAmount": "12500.00", "currency": "EUR"}""")))
    @APIResponse(responseCode = "200", description = "Approved or declined, with the figures used",
            content = @Content(schema = @Schema(implementation = CreditCheckResult.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule, or the body is not valid JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown customer, a currency other than the customer's, or a "
            + "reused Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response check(
            @Parameter(description = "Makes a retried check answer the same and publish at most one decline",
                    example = "erp-order-77812-credit") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid CreditCheckRequest request) {
        return idempotentRequests.execute(idempotencyKey, "POST /api/v1/credit-checks", request,
                () -> Response.ok(checking.check(request, caller.legalEntities())).build());
    }
}
