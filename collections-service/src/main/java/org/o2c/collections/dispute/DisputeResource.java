package org.o2c.collections.dispute;

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

@Path("/api/v1/disputes")
@Tag(name = "Disputes", description = "Invoices a customer disputes; not dunned while open")
@Produces(MediaType.APPLICATION_JSON)
public class DisputeResource {
    private static final String EXAMPLE = """
            {"invoiceId": "0b9d6f3e-2a41-4f0c-9e7b-5d8c1a2b3c4d", "reasonCode": "DAMAGED_GOODS",
             "amount": "120.00", "note": "Two kegs arrived dented"}""";

    @Inject
    DocumentHistory history;
    @Inject
    DisputeHandling handling;
    @Inject
    Disputes disputes;
    @Inject
    CurrentRequest caller;
    @Inject
    IdempotentRequests idempotentRequests;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COLLECTOR, Roles.AR_MANAGER, Roles.AR_CLERK})
    @Operation(operationId = "openDispute", summary = "Open a dispute", description = """
            Records that a customer disputes an amount of an open invoice; the invoice is left out of dunning until
            the dispute is resolved. One open dispute per invoice. Publishes DisputeOpened.v1.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = OpenDisputeRequest.class),
            examples = @ExampleObject(name = "damaged goods", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Opened; Location names the dispute",
            content = @Content(schema = @Schema(implementation = DisputeView.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule, or the body is not valid JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = """
            Unknown invoice, amount above the invoice's open amount, invoice already disputed, or a reused
            Idempotency-Key""",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response open(
            @Parameter(description = "Makes a retried request take effect once", example = "call-2026-11-20-0042")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid OpenDisputeRequest request) {
        return idempotentRequests.execute(idempotencyKey, "POST /api/v1/disputes", request, () -> {
            DisputeView dispute = handling.open(request, caller.legalEntities());
            return Response.created(URI.create("/api/v1/disputes/" + dispute.id())).entity(dispute).build();
        });
    }

    @POST
    @Path("{id}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COLLECTOR, Roles.AR_MANAGER})
    @Operation(operationId = "resolveDispute", summary = "Resolve a dispute", description = """
            Closes an open dispute with its outcome; dunning of the invoice resumes. A dispute is resolved once.
            Publishes DisputeResolved.v1.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ResolveDisputeRequest.class),
            examples = @ExampleObject(name = "customer wrong",
                    value = "{\"resolution\": \"CUSTOMER_WRONG\", \"note\": \"Delivery note signed without remarks\"}")))
    @APIResponse(responseCode = "200", description = "Resolved",
            content = @Content(schema = @Schema(implementation = DisputeView.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule, or the body is not valid JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such dispute",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Already resolved, or a reused Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response resolve(
            @Parameter(description = "Dispute id") @PathParam("id") UUID id,
            @Parameter(description = "Makes a retried request take effect once", example = "resolve-2b7c9d1e")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid ResolveDisputeRequest request) {
        return idempotentRequests.execute(idempotencyKey, "POST /api/v1/disputes/" + id + "/resolution", request,
                () -> Response.ok(handling.resolve(id, request, caller.legalEntities())).build());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.COLLECTOR, Roles.AR_MANAGER, Roles.AR_CLERK, Roles.CREDIT_MANAGER, Roles.AUDITOR})
    @Operation(operationId = "getDispute", summary = "Read a dispute")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DisputeView.class)))
    @APIResponse(responseCode = "404", description = "No such dispute",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DisputeView get(@Parameter(description = "Dispute id") @PathParam("id") UUID id) {
        return caller.legalEntities().reveal(disputes.find(id), DisputeView::legalEntity)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "no dispute " + id));
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.COLLECTOR, Roles.AR_MANAGER, Roles.AR_CLERK, Roles.CREDIT_MANAGER, Roles.AUDITOR})
    @Operation(operationId = "getDisputeHistory", summary = "A dispute's history",
            description = DocumentHistory.DESCRIPTION)
    public DocumentHistoryView history(@PathParam("id") UUID id) {
        get(id);
        return history.of(id);
    }

    @GET
    @RolesAllowed({Roles.COLLECTOR, Roles.AR_MANAGER, Roles.AR_CLERK, Roles.CREDIT_MANAGER, Roles.AUDITOR})
    @Operation(operationId = "listDisputes",
            summary = "List disputes", description = "Newest first; optionally of one customer and one status.")
    @APIResponse(responseCode = "200", description = "One page of disputes")
    @APIResponse(responseCode = "400", description = "A query parameter breaks a rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<DisputeView> list(
            @Parameter(description = "Only this customer's disputes") @QueryParam("customerId") UUID customerId,
            @Parameter(description = "Only disputes in this status: OPEN or RESOLVED", example = "OPEN")
            @QueryParam("status") @Pattern(regexp = "OPEN|RESOLVED",
                    message = "must be OPEN or RESOLVED") String status,
            @Parameter(description = "Page number from 0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Items per page, up to 500") @QueryParam("size") @DefaultValue("50")
            @Min(1) @Max(Page.MAX_SIZE) int size) {
        return disputes.list(caller.legalEntities(), customerId, status, page, size);
    }
}
