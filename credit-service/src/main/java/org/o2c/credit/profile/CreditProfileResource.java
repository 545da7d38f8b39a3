package org.o2c.credit.profile;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
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

@Path("/api/v1/credit-profiles")
@Tag(name = "Credit profiles")
@Produces(MediaType.APPLICATION_JSON)
public class CreditProfileResource {
    private static final String RULES = """
            Exposure = open receivables - unapplied cash - credit balance of the customer's receivable account, as
            the latest event on o2c.payments.events stated them (open orders are not counted yet). Hold rule: the
            customer is on credit hold exactly while its exposure is above its limit. When exposure rises above the
            limit (or the limit is set below the exposure) CreditLimitBreached.v1 is published once and
            CreditHoldPlaced.v1 follows; nothing more while it stays above; when exposure is back at or below the
            limit, or the limit is raised to or above it, CreditHoldReleased.v1 is published.""";

    @Inject
    DocumentHistory history;
    @Inject
    CreditProfiles profiles;
    @Inject
    CreditProfileRegister register;
    @Inject
    CurrentRequest caller;
    @Inject
    IdempotentRequests idempotentRequests;

    /** The ETag header's value for a version, as If-Match sends it back. */
    static String etag(long version) {
        return "\"" + version + "\"";
    }

    @PUT
    @Path("{customerId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CREDIT_MANAGER)
    @Operation(operationId = "setCreditLimit", summary = "Set a customer's credit limit", description = """
            Opens the customer's credit profile or changes its limit, in the customer's billing currency. Four \
            eyes: a limit is measured against the last limit a second credit manager approved (0 for a new \
            profile; a lowering since then lowers it), never against the limit in force, so a raise cannot be \
            split into steps. A lowering, or a limit at most the approval threshold of the customer's legal entity \
            (o2c.credit.approval-threshold, default 50000) above that baseline, takes effect at once: 200 and \
            CreditLimitChanged.v1. A higher limit becomes a pending change, 202, with nothing more in force until \
            a second credit manager (another user, whatever roles the requester also holds) approves it (POST \
            .../pending-limit-change/approval); a new profile opens at 0 meanwhile. A later PUT replaces a \
            pending change. Setting the limit in force again changes nothing (200).
            """ + RULES)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CreditLimitRequest.class),
            examples = @ExampleObject(name = "limit",
                    value = "{\"creditLimit\": \"100000.00\", \"currency\": \"EUR\"}")))
    @APIResponse(responseCode = "200", description = "The limit is in force (or was already)",
            headers = @Header(name = "ETag", description = "The profile's version"),
            content = @Content(schema = @Schema(implementation = CreditProfileView.class)))
    @APIResponse(responseCode = "202", description = "A raise above the threshold awaits a second credit manager",
            headers = @Header(name = "ETag", description = "The profile's version"),
            content = @Content(schema = @Schema(implementation = CreditProfileView.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule (negative limit, unknown currency...)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names another version than the current one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown customer, or a currency other than the customer's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response setLimit(
            @Parameter(description = "The customer", example = "4f6c1a2e-8d0b-4c3e-9a57-1f2d3c4b5a69")
            @PathParam("customerId") UUID customerId,
            @Parameter(description = "The ETag last read; the change is refused if the profile has changed since",
                    example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid CreditLimitRequest request) {
        CreditProfiles.Result result = profiles.setLimit(customerId, request, ifMatch);
        int status = result.outcome() == LimitChangeOutcome.PENDING_APPROVAL ? 202 : 200;
        return withTag(status, result.profile());
    }

    @GET
    @Path("{customerId}")
    @RolesAllowed({Roles.CREDIT_MANAGER, Roles.AR_MANAGER, Roles.AR_CLERK, Roles.INTEGRATION, Roles.AUDITOR})
    @Operation(operationId = "getCreditProfile", summary = "Read a customer's credit profile", description = """
            Limit, exposure and its parts, available credit, hold state and any raise awaiting approval. """ + RULES)
    @APIResponse(responseCode = "200", description = "The profile",
            headers = @Header(name = "ETag", description = "The profile's version, for If-Match"),
            content = @Content(schema = @Schema(implementation = CreditProfileView.class)))
    @APIResponse(responseCode = "404", description = "The customer has no credit profile",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(description = "The customer", example = "4f6c1a2e-8d0b-4c3e-9a57-1f2d3c4b5a69")
                        @PathParam("customerId") UUID customerId) {
        CreditProfileView profile = caller.legalEntities()
                .reveal(register.find(customerId), CreditProfileView::legalEntity).orElseThrow(() ->
                new ProblemException(ProblemType.NOT_FOUND, "no credit profile for customer " + customerId));
        return withTag(200, profile);
    }

    @GET
    @Path("{customerId}/history")
    @RolesAllowed({Roles.CREDIT_MANAGER, Roles.AR_MANAGER, Roles.AR_CLERK, Roles.INTEGRATION, Roles.AUDITOR})
    @Operation(operationId = "getCreditProfileHistory", summary = "A credit profile's history",
            description = DocumentHistory.DESCRIPTION)
    public DocumentHistoryView history(@PathParam("customerId") UUID customerId) {
        get(customerId);
        return history.of(customerId);
    }

    @GET
    @RolesAllowed({Roles.CREDIT_MANAGER, Roles.AR_MANAGER, Roles.AR_CLERK, Roles.INTEGRATION, Roles.AUDITOR})
    @Operation(operationId = "listCreditProfiles", summary = "List credit profiles", description = """
            By customer id; optionally only customers on hold, or only profiles with a raise awaiting approval
            (a credit manager's approval queue).""")
    @APIResponse(responseCode = "200", description = "One page of profiles")
    @APIResponse(responseCode = "400", description = "A query parameter breaks a rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<CreditProfileView> list(
            @Parameter(description = "true: only customers on hold; false: only those not on hold", example = "true")
            @QueryParam("onHold") Boolean onHold,
            @Parameter(description = "true: only profiles with a raise awaiting approval", example = "true")
            @QueryParam("pendingApproval") Boolean pendingApproval,
            @Parameter(description = "Page number from 0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Items per page, up to 500") @QueryParam("size") @DefaultValue("50")
            @Min(1) @Max(Page.MAX_SIZE) int size) {
        return register.list(caller.legalEntities(), onHold, pendingApproval, page, size);
    }

    @POST
    @Path("{customerId}/pending-limit-change/approval")
    @RolesAllowed(Roles.CREDIT_MANAGER)
    @Operation(operationId = "approvePendingLimitChange",
            summary = "Approve the raise awaiting approval", description = """
            A credit manager other than the one who asked for the raise puts it in force: CreditLimitChanged.v1
            naming both users; a hold is released if the new limit covers the exposure. The requester cannot
            approve their own raise (422, rule four-eyes).""")
    @APIResponse(responseCode = "200", description = "The raise is in force",
            headers = @Header(name = "ETag", description = "The profile's version"),
            content = @Content(schema = @Schema(implementation = CreditProfileView.class)))
    @APIResponse(responseCode = "404", description = "The customer has no credit profile",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "No raise awaits approval",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names another version than the current one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The approver asked for the raise (rule four-eyes), or a "
            + "reused Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response approve(
            @Parameter(description = "The customer", example = "4f6c1a2e-8d0b-4c3e-9a57-1f2d3c4b5a69")
            @PathParam("customerId") UUID customerId,
            @Parameter(description = "The ETag last read", example = "\"4\"") @HeaderParam(HttpHeaders.IF_MATCH)
            String ifMatch,
            @Parameter(description = "Makes a retried request take effect once", example = "approve-7781")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return idempotentRequests.execute(idempotencyKey, "POST approval " + customerId, ifMatch == null ? "" : ifMatch,
                () -> withTag(200, profiles.approve(customerId, ifMatch)));
    }

    @POST
    @Path("{customerId}/pending-limit-change/rejection")
    @RolesAllowed(Roles.CREDIT_MANAGER)
    @Operation(operationId = "rejectPendingLimitChange",
            summary = "Reject the raise awaiting approval", description = """
            Turns the pending raise down (by its requester: withdraws it); the limit in force stays. Nothing is
            published: the limit did not change.""")
    @APIResponse(responseCode = "200", description = "No raise awaits approval any more",
            headers = @Header(name = "ETag", description = "The profile's version"),
            content = @Content(schema = @Schema(implementation = CreditProfileView.class)))
    @APIResponse(responseCode = "404", description = "The customer has no credit profile",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "No raise awaits approval",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names another version than the current one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A reused Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response reject(
            @Parameter(description = "The customer", example = "4f6c1a2e-8d0b-4c3e-9a57-1f2d3c4b5a69")
            @PathParam("customerId") UUID customerId,
            @Parameter(description = "The ETag last read", example = "\"4\"") @HeaderParam(HttpHeaders.IF_MATCH)
            String ifMatch,
            @Parameter(description = "Makes a retried request take effect once", example = "reject-7781")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return idempotentRequests.execute(idempotencyKey, "POST rejection " + customerId,
                ifMatch == null ? "" : ifMatch,
                () -> withTag(200, profiles.reject(customerId, ifMatch)));
    }

    /** The profile with its version as ETag, which a later change sends back as If-Match. */
    private static Response withTag(int status, CreditProfileView profile) {
        return Response.status(status).entity(profile).tag(String.valueOf(profile.version())).build();
    }
}
