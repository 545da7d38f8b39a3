package org.o2c.payments.payment;

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

@Path("/api/v1/payments")
@Tag(name = "Payments")
@Produces(MediaType.APPLICATION_JSON)
public class PaymentResource {
    private static final String RECEIVE_EXAMPLE = """
            {
              "customerId": "4f6c1a2e-8d0b-4c3e-9a57-1f2d3c4b5a69",
              "amount": "1000.00",
              "currency": "EUR",
              "valueDate": "2026-11-19",
              "payerReference": "INV-2026-000012, INV-2026-000013"
            }""";
    private static final String ALLOCATE_EXAMPLE = """
            {
              "allocations": [
                {"invoiceId": "0b9d6f3e-2a41-4f0c-9e7b-5d8c1a2b3c4d", "amount": "568.82"},
                {"invoiceId": "5e2a7c9b-4d1f-4a8e-b6c3-9f0e1d2c3b4a", "amount": "100.00"}
              ]
            }""";
    private static final String UNAPPLY_EXAMPLE = """
            {"reason": "applied to the wrong invoice"}""";
    private static final String RETURN_EXAMPLE = """
            {"reason": "insufficient funds", "returnedOn": "2026-11-25"}""";

    @Inject
    DocumentHistory history;
    @Inject
    CashApplication cashApplication;
    @Inject
    PaymentRegister register;
    @Inject
    IdempotentRequests idempotentRequests;
    @Inject
    CurrentRequest caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AR_CLERK, Roles.AR_MANAGER, Roles.INTEGRATION})
    @Operation(operationId = "receivePayment", summary = "Record a received payment", description = """
            Records a payment of a customer known from invoicing, in the customer's billing currency, as unapplied \
            cash on its receivable account; a payment before any invoice (an advance) is allowed. Publishes \
            PaymentReceived.v1 on o2c.payments.events, keyed by the account id.

            Automatic application: every run of letters, digits and hyphens in payerReference is compared, \
            ignoring case, with the invoice numbers of the account's open items. If at least one open item is \
            named and the amount covers the sum of the open amounts of all named items, each named item is \
            applied in full (PaymentApplied.v1 with automatic=true, then InvoiceSettled.v1) in the order named, \
            dated on the value date (or the invoice's issue date, when later), and the rest stays unapplied. If \
            the amount does not cover them all, nothing is applied automatically: a clerk splits a short payment \
            with an allocation. Names that are not open items of the account \
            (settled, unknown, another customer's) are ignored.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ReceivePaymentRequest.class),
            examples = @ExampleObject(name = "naming two invoices", value = RECEIVE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Recorded; Location names the payment",
            content = @Content(schema = @Schema(implementation = PaymentView.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule (amount not above 0 or finer than "
            + "the currency's minor unit, unknown currency code), or the body is not valid JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The account kept changing under concurrent requests; "
            + "nothing was recorded, retry",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown customer (unknown-reference on customerId), a currency "
            + "other than the customer's (account-currency on currency), a value date inside a closed accounting "
            + "period (period-closed), or a reused Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response receive(
            @Parameter(description = "Makes a retried request take effect once", example = "bank-2026-11-19-line-42")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid ReceivePaymentRequest request) {
        return idempotentRequests.execute(idempotencyKey, "POST /api/v1/payments", request,
                () -> {
                    PaymentView payment = cashApplication.receive(request, caller.legalEntities());
                    return Response.created(URI.create("/api/v1/payments/" + payment.paymentId())).entity(payment)
                            .build();
                });
    }

    @POST
    @Path("{paymentId}/allocations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AR_CLERK, Roles.AR_MANAGER})
    @Operation(operationId = "allocatePayment", summary = "Apply a payment to invoices", description = """
            Applies parts of the payment's unapplied amount to open invoices of the same customer and currency: one \
            PaymentApplied.v1 per invoice, and InvoiceSettled.v1 for each invoice whose open amount reaches 0. \
            All or nothing: if any allocation breaks a rule, nothing is applied. Rules: each amount greater than 0 \
            (positive) and at most the invoice's open amount (not-above-open-amount); together at most the \
            payment's unapplied amount (not-above-unapplied); each invoice once (distinct) and owed by the \
            payment's customer in its currency (same-account); a returned payment cannot be applied \
            (payment-returned). Applications are dated today (never before the payment's value date or the \
            invoice's issue date). Concurrent allocations on one account are serialised: together they never \
            exceed an invoice's open amount.

            settleRestAs settles what an allocation leaves open on its invoice (there must be a rest: rest-left): \
            DISCOUNT grants the early-payment discount the invoice offers (DiscountGranted.v1): the rest must be \
            that discount to the cent (discount-amount), the payment's value date by its pay-by date \
            (discount-in-time), and the invoice must offer one (discount-offered); WRITE_OFF writes the rest off \
            (ItemWrittenOff.v1) when it is at most the legal entity's write-off tolerance, as an amount and as a \
            percent of what was open (within-write-off-tolerance); DEDUCTION keeps it open and raises a deduction \
            (DeductionRaised.v1) that collections turns into a SHORT_PAYMENT dispute.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AllocatePaymentRequest.class),
            examples = @ExampleObject(name = "two invoices", value = ALLOCATE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Applied; the payment with its applications",
            content = @Content(schema = @Schema(implementation = PaymentView.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule, or the body is not valid JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such payment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The account kept changing under concurrent requests; "
            + "nothing was applied, retry",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown invoice (unknown-reference), a business rule named in "
            + "the problem's violations, or a reused Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response allocate(
            @Parameter(description = "The payment to apply", example = "7c1e9a52-3b4d-4e6f-8a9b-0c1d2e3f4a5b")
            @PathParam("paymentId") UUID paymentId,
            @Parameter(description = "Makes a retried request take effect once", example = "clerk-alloc-8812")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid AllocatePaymentRequest request) {
        return idempotentRequests.execute(idempotencyKey,
                "POST /api/v1/payments/" + paymentId + "/allocations", request,
                () -> Response.ok(cashApplication.allocate(paymentId, request, caller.legalEntities())).build());
    }

    @POST
    @Path("{paymentId}/allocations/{allocation}/reversal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AR_CLERK, Roles.AR_MANAGER})
    @Operation(operationId = "unapplyPayment", summary = "Take back one application of a payment", description = """
            Takes back the payment's n-th application (counted from 1 in the order of its applications list), \
            the payment itself kept: the invoice is open again by the amount (still aged from its original due \
            date; a settled invoice is settled no more) and the amount is unapplied cash of the payment again, to \
            be applied elsewhere. The application stays in the payment's history, marked reversed. Dated today, \
            never before the application. Publishes PaymentUnapplied.v1. An application is taken back once \
            (409 not-yet-reversed); a returned payment's applications were reversed with it (payment-returned).""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = UnapplyRequest.class),
            examples = @ExampleObject(name = "wrong invoice", value = UNAPPLY_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Taken back; the payment as it now stands",
            content = @Content(schema = @Schema(implementation = PaymentView.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule, or the body is not valid JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such payment, or no such application of it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The application was already taken back, or the account kept "
            + "changing under concurrent requests",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The payment was returned (payment-returned), or a reused "
            + "Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response unapply(
            @Parameter(description = "The payment", example = "7c1e9a52-3b4d-4e6f-8a9b-0c1d2e3f4a5b")
            @PathParam("paymentId") UUID paymentId,
            @Parameter(description = "Which application, from 1", example = "1")
            @PathParam("allocation") @Min(1) @Max(10_000) int allocation,
            @Parameter(description = "Makes a retried request take effect once", example = "unapply-2026-11-25-3")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid UnapplyRequest request) {
        return idempotentRequests.execute(idempotencyKey,
                "POST /api/v1/payments/" + paymentId + "/allocations/" + allocation + "/reversal", request,
                () -> Response.ok(cashApplication.unapply(paymentId, allocation, request, caller.legalEntities()))
                        .build());
    }

    @POST
    @Path("{paymentId}/reversal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AR_CLERK, Roles.AR_MANAGER})
    @Operation(operationId = "returnPayment", summary = "Record a returned payment", description = """
            The bank returned the payment: every invoice it was applied to is open again by what it had applied \
            (still aged from its original due date), and its unapplied rest leaves the account's unapplied cash. \
            The payment keeps its history: status RETURNED, its applications marked reversed. Publishes \
            PaymentReturned.v1. A payment is returned once (already-returned), not before its value date \
            (not-before-value-date) nor its latest application (not-before-application); a discount or write-off \
            that completed one of its applications is reversed with it. A payment part of which was refunded to the \
            customer is not returned this way (payment-refunded).""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ReturnPaymentRequest.class),
            examples = @ExampleObject(name = "returned", value = RETURN_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Returned; the payment as it now stands",
            content = @Content(schema = @Schema(implementation = PaymentView.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule, or the body is not valid JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such payment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The account kept changing under concurrent requests; "
            + "nothing was changed, retry",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Already returned, returned before its value date "
            + "(not-before-value-date) or its latest application (not-before-application), a return date inside a "
            + "closed accounting period (period-closed), or a reused Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response reverse(
            @Parameter(description = "The returned payment", example = "7c1e9a52-3b4d-4e6f-8a9b-0c1d2e3f4a5b")
            @PathParam("paymentId") UUID paymentId,
            @Parameter(description = "Makes a retried request take effect once", example = "bank-return-2026-11-25-7")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid ReturnPaymentRequest request) {
        return idempotentRequests.execute(idempotencyKey,
                "POST /api/v1/payments/" + paymentId + "/reversal", request,
                () -> Response.ok(cashApplication.returned(paymentId, request, caller.legalEntities())).build());
    }

    @GET
    @Path("{paymentId}")
    @RolesAllowed({Roles.AR_CLERK, Roles.AR_MANAGER, Roles.INTEGRATION, Roles.COLLECTOR, Roles.CREDIT_MANAGER,
            Roles.AUDITOR})
    @Operation(operationId = "getPayment",
            summary = "Read a payment", description = "The payment with every application, returned or not.")
    @APIResponse(responseCode = "200", description = "The payment",
            content = @Content(schema = @Schema(implementation = PaymentView.class)))
    @APIResponse(responseCode = "404", description = "No such payment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PaymentView get(
            @Parameter(description = "Payment id", example = "7c1e9a52-3b4d-4e6f-8a9b-0c1d2e3f4a5b")
            @PathParam("paymentId") UUID paymentId) {
        return caller.legalEntities().reveal(register.find(paymentId), PaymentView::legalEntity).orElseThrow(() ->
                new ProblemException(ProblemType.NOT_FOUND, "no payment " + paymentId));
    }

    @GET
    @Path("{paymentId}/history")
    @RolesAllowed({Roles.AR_CLERK, Roles.AR_MANAGER, Roles.INTEGRATION, Roles.COLLECTOR, Roles.CREDIT_MANAGER,
            Roles.AUDITOR})
    @Operation(operationId = "getPaymentHistory", summary = "A payment's history",
            description = DocumentHistory.DESCRIPTION)
    public DocumentHistoryView history(@PathParam("paymentId") UUID paymentId) {
        PaymentView payment = get(paymentId);
        return history.of(paymentId, payment.accountId());
    }

    @GET
    @RolesAllowed({Roles.AR_CLERK, Roles.AR_MANAGER, Roles.INTEGRATION, Roles.COLLECTOR, Roles.CREDIT_MANAGER,
            Roles.AUDITOR})
    @Operation(operationId = "listPayments",
            summary = "List payments", description = "Most recently recorded first; optionally of one customer. "
            + "Each payment lists its applications.")
    @APIResponse(responseCode = "200", description = "One page of payments")
    @APIResponse(responseCode = "400", description = "A query parameter breaks a rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<PaymentView> list(
            @Parameter(description = "Only this customer's payments", example = "4f6c1a2e-8d0b-4c3e-9a57-1f2d3c4b5a69")
            @QueryParam("customerId") UUID customerId,
            @Parameter(description = "Page number from 0", example = "0") @QueryParam("page") @DefaultValue("0")
            @Min(0) int page,
            @Parameter(description = "Items per page, up to 500", example = "50") @QueryParam("size")
            @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return register.list(caller.legalEntities(), customerId, page, size);
    }
}
