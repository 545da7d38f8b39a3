package org.o2c.payments.refund;

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

@Path("/api/v1/refunds")
@Tag(name = "Refunds")
@Produces(MediaType.APPLICATION_JSON)
public class RefundResource {
    private static final String REQUEST_EXAMPLE = """
            {
              "customerId": "4f6c1a2e-8d0b-4c3e-9a57-1f2d3c4b5a69",
              "currency": "EUR",
              "paymentId": "7c1e9a52-3b4d-4e6f-8a9b-0c1d2e3f4a5b",
              "amount": "105.00",
              "payeeAccount": "DE89 3704 0044 0532 0130 00",
              "reason": "overpayment of invoice INV-2026-000012"
            }""";

    @Inject
    Refunds refunds;
    @Inject
    RefundRegister register;
    @Inject
    IdempotentRequests idempotentRequests;
    @Inject
    CurrentRequest caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AR_MANAGER)
    @Operation(operationId = "requestRefund", summary = "Pay money back to a customer", description = """
            Refunds the unapplied cash of one of the customer's payments (paymentId given) or part of its \
            account's credit balance (a credit note beyond what its invoice had open). The money must be there \
            when the refund is issued (not-above-unapplied, not-above-credit-balance; a returned payment has none: \
            payment-returned). Issued at once (status ISSUED, RefundIssued.v1) when what the acting manager alone \
            refunded to this account in the calendar month, this one included, stays within the legal entity's \
            refundApprovalThreshold (cash application settings; 0 unless set, so by default every refund needs two \
            people); otherwise it waits (status AWAITING_APPROVAL, RefundRequested.v1) for another manager to \
            approve or reject it. Measuring the month's total means a refund split in parts needs the second \
            person as the whole would. The payee's account number is checked (an IBAN's check digits) and kept in \
            full only in the service; events and answers show it masked.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = RefundRequest.class),
            examples = @ExampleObject(name = "an overpayment", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Issued, or waiting for a second manager",
            content = @Content(schema = @Schema(implementation = RefundView.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule, or the body is not valid JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The account kept changing under concurrent requests; retry",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown customer or payment, a payment of another account "
            + "(same-account), another currency (account-currency), not that much to refund, an invalid payee "
            + "account, today in a closed period, or a reused Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response request(
            @Parameter(description = "Makes a retried request take effect once", example = "refund-2026-11-20-7")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid RefundRequest request) {
        return idempotentRequests.execute(idempotencyKey, "POST /api/v1/refunds", request, () -> {
            RefundView refund = refunds.request(request, caller.legalEntities(), caller.actingUser());
            return Response.created(URI.create("/api/v1/refunds/" + refund.refundId())).entity(refund).build();
        });
    }

    @GET
    @RolesAllowed({Roles.AR_CLERK, Roles.AR_MANAGER, Roles.INTEGRATION, Roles.AUDITOR})
    @Operation(operationId = "listRefunds", summary = "List refunds, those waiting for approval among them",
            description = "Newest request first, of the caller's legal entities.")
    @APIResponse(responseCode = "200", description = "One page of refunds")
    @APIResponse(responseCode = "400", description = "A query parameter breaks a rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<RefundView> list(
            @Parameter(description = "awaiting_approval, issued or rejected; any when left out",
                    schema = @Schema(type = SchemaType.STRING,
                            enumeration = {"awaiting_approval", "issued", "rejected"}))
            @QueryParam("status") @Pattern(regexp = "awaiting_approval|issued|rejected",
                    message = "must be awaiting_approval, issued or rejected") String status,
            @Parameter(description = "Only refunds to this customer") @QueryParam("customerId") UUID customerId,
            @Parameter(description = "Page number from 0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Items per page, up to 500") @QueryParam("size") @DefaultValue("50")
            @Min(1) @Max(Page.MAX_SIZE) int size) {
        return register.list(caller.legalEntities(), status, customerId, page, size);
    }

    @GET
    @Path("{refundId}")
    @RolesAllowed({Roles.AR_CLERK, Roles.AR_MANAGER, Roles.INTEGRATION, Roles.AUDITOR})
    @Operation(operationId = "getRefund", summary = "Read a refund")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RefundView.class)))
    @APIResponse(responseCode = "404", description = "No such refund",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RefundView get(@Parameter(description = "Refund id") @PathParam("refundId") UUID refundId) {
        return caller.legalEntities().reveal(register.find(refundId), RefundView::legalEntity)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "no refund " + refundId));
    }

    @POST
    @Path("{refundId}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AR_MANAGER)
    @Operation(operationId = "approveRefund", summary = "Approve a refund waiting for a second manager",
            description = """
            Issues the refund (RefundIssued.v1 naming both managers), dated today, if the money is still there. \
            The manager who asked for it cannot approve it, whatever roles they hold (422 four-eyes); a refund not \
            waiting is 409 awaiting-approval.""")
    @RequestBody(content = @Content(schema = @Schema(implementation = RefundDecisionRequest.class)))
    @APIResponse(responseCode = "200", description = "Issued",
            content = @Content(schema = @Schema(implementation = RefundView.class)))
    @APIResponse(responseCode = "404", description = "No such refund",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not waiting for approval",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The approver asked for it (four-eyes), the money is no "
            + "longer there, today is in a closed period, or a reused Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response approve(@Parameter(description = "Refund id") @PathParam("refundId") UUID refundId,
                            @Parameter(description = "Makes a retried request take effect once")
                            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                            @Valid RefundDecisionRequest decision) {
        return idempotentRequests.execute(idempotencyKey, "POST /api/v1/refunds/" + refundId + "/approval",
                decision, () -> Response.ok(refunds.decide(refundId, true, decision, caller.legalEntities(),
                        caller.actingUser())).build());
    }

    @POST
    @Path("{refundId}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AR_MANAGER)
    @Operation(operationId = "rejectRefund", summary = "Reject a refund waiting for a second manager",
            description = "Nothing leaves the account (RefundRejected.v1). The note says why (required).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = RefundDecisionRequest.class),
            examples = @ExampleObject(name = "payee unknown", value = """
                    {"note": "the payee account is not the customer's"}""")))
    @APIResponse(responseCode = "200", description = "Rejected",
            content = @Content(schema = @Schema(implementation = RefundView.class)))
    @APIResponse(responseCode = "404", description = "No such refund",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not waiting for approval",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No note, or a reused Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response reject(@Parameter(description = "Refund id") @PathParam("refundId") UUID refundId,
                           @Parameter(description = "Makes a retried request take effect once")
                           @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                           @NotNull(message = "a JSON body is required") @Valid RefundDecisionRequest decision) {
        return idempotentRequests.execute(idempotencyKey, "POST /api/v1/refunds/" + refundId + "/rejection",
                decision, () -> Response.ok(refunds.decide(refundId, false, decision, caller.legalEntities(),
                        caller.actingUser())).build());
    }
}
