package org.o2c.collections.promise;

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

@Path("/api/v1")
@Tag(name = "Promises to pay", description = "Promises that hold dunning back until their date")
@Produces(MediaType.APPLICATION_JSON)
public class PromiseResource {
    private static final String EXAMPLE = """
            {"customerId": "4f6c1a2e-8d0b-4c3e-9a57-1f2d3c4b5a69", "amount": "500.00", "promisedDate": "2026-11-30",
             "invoiceIds": ["0b9d6f3e-2a41-4f0c-9e7b-5d8c1a2b3c4d"]}""";

    @Inject
    DocumentHistory history;
    @Inject
    PromiseRecording recording;
    @Inject
    PromiseChecks checks;
    @Inject
    Promises promises;
    @Inject
    CurrentRequest caller;
    @Inject
    IdempotentRequests idempotentRequests;

    @POST
    @Path("promises-to-pay")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COLLECTOR, Roles.AR_MANAGER, Roles.AR_CLERK})
    @Operation(operationId = "recordPromiseToPay", summary = "Record a promise to pay", description = """
            Records that a customer promised to pay an amount by a date for some of its invoices; those invoices are
            not dunned until the promise is found broken. Publishes PromiseToPayRecorded.v1.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = RecordPromiseRequest.class),
            examples = @ExampleObject(name = "one invoice", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Recorded; Location names the promise",
            content = @Content(schema = @Schema(implementation = PromiseView.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule, or the body is not valid JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = """
            Unknown invoice, another customer's invoice, invoices in several currencies, a date in the past, or a
            reused Idempotency-Key""",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response record(
            @Parameter(description = "Makes a retried request take effect once", example = "call-2026-11-20-0043")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid RecordPromiseRequest request) {
        return idempotentRequests.execute(idempotencyKey, "POST /api/v1/promises-to-pay", request, () -> {
            PromiseView promise = recording.record(request, caller.legalEntities());
            return Response.created(URI.create("/api/v1/promises-to-pay/" + promise.id())).entity(promise).build();
        });
    }

    @POST
    @Path("promise-checks")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COLLECTOR, Roles.AR_MANAGER})
    @Operation(operationId = "checkPromisesToPay", summary = "Check promises to pay", description = """
            Decides every open promise dated before asOf: kept when the customer paid at least the promised amount
            (value dates from the day it was recorded to the promised date, returned payments not counted), else
            broken, publishing PromiseBroken.v1, and its invoices are dunned again. A dunning run does the same
            first.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PromiseCheckRequest.class),
            examples = @ExampleObject(name = "one legal entity",
                    value = "{\"asOf\": \"2026-12-01\", \"legalEntity\": \"DE01\"}")))
    @APIResponse(responseCode = "200", description = "What the check decided",
            content = @Content(schema = @Schema(implementation = PromiseCheckView.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule, or the body is not valid JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "asOf after today, or a reused Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response check(
            @Parameter(description = "Makes a retried request take effect once", example = "promises-2026-12-01")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid PromiseCheckRequest request) {
        caller.legalEntities().require("legalEntity", request.legalEntity());
        return idempotentRequests.execute(idempotencyKey, "POST /api/v1/promise-checks", request,
                () -> Response.ok(checks.check(caller.legalEntities(), request.legalEntity(), request.asOf())).build());
    }

    @GET
    @Path("promises-to-pay/{id}")
    @RolesAllowed({Roles.COLLECTOR, Roles.AR_MANAGER, Roles.AR_CLERK, Roles.CREDIT_MANAGER, Roles.AUDITOR})
    @Operation(operationId = "getPromiseToPay", summary = "Read a promise to pay")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PromiseView.class)))
    @APIResponse(responseCode = "404", description = "No such promise",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PromiseView get(@Parameter(description = "Promise id") @PathParam("id") UUID id) {
        return caller.legalEntities().reveal(promises.find(id), PromiseView::legalEntity)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "no promise " + id));
    }

    @GET
    @Path("promises-to-pay/{id}/history")
    @RolesAllowed({Roles.COLLECTOR, Roles.AR_MANAGER, Roles.AR_CLERK, Roles.CREDIT_MANAGER, Roles.AUDITOR})
    @Operation(operationId = "getPromiseToPayHistory", summary = "A promise to pay's history",
            description = DocumentHistory.DESCRIPTION)
    public DocumentHistoryView history(@PathParam("id") UUID id) {
        get(id);
        return history.of(id);
    }

    @GET
    @Path("promises-to-pay")
    @RolesAllowed({Roles.COLLECTOR, Roles.AR_MANAGER, Roles.AR_CLERK, Roles.CREDIT_MANAGER, Roles.AUDITOR})
    @Operation(operationId = "listPromisesToPay",
            summary = "List promises to pay",
                    description = "Latest promised date first; optionally of one customer and status.")
    @APIResponse(responseCode = "200", description = "One page of promises")
    @APIResponse(responseCode = "400", description = "A query parameter breaks a rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<PromiseView> list(
            @Parameter(description = "Only this customer's promises") @QueryParam("customerId") UUID customerId,
            @Parameter(description = "Only promises in this status: OPEN, KEPT or BROKEN", example = "OPEN")
            @QueryParam("status") @Pattern(regexp = "OPEN|KEPT|BROKEN", message = "must be OPEN, KEPT or BROKEN")
            String status,
            @Parameter(description = "Page number from 0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Items per page, up to 500") @QueryParam("size") @DefaultValue("50")
            @Min(1) @Max(Page.MAX_SIZE) int size) {
        return promises.list(caller.legalEntities(), customerId, status == null ? null : PromiseStatus
                .valueOf(status), page, size);
    }
}
