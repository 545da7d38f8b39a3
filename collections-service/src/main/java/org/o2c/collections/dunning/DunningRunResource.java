package org.o2c.collections.dunning;

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
import org.o2c.runtime.history.DocumentHistory;
import org.o2c.runtime.history.DocumentHistoryView;
import org.o2c.runtime.idempotency.IdempotentRequests;
import org.o2c.runtime.paging.Page;
import org.o2c.runtime.problem.Problem;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;
import org.o2c.runtime.security.CurrentRequest;
import org.o2c.runtime.security.Roles;

@Path("/api/v1")
@Tag(name = "Dunning", description = "Dunning runs and the letters they issue")
@Produces(MediaType.APPLICATION_JSON)
public class DunningRunResource {
    @Inject
    DunningRuns runs;
    @Inject
    DunningLetters letters;
    @Inject
    DocumentHistory history;
    @Inject
    CurrentRequest caller;
    @Inject
    IdempotentRequests idempotentRequests;

    @POST
    @Path("dunning-runs")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COLLECTOR, Roles.AR_MANAGER})
    @Operation(operationId = "runDunning", summary = "Run dunning for a legal entity", description = """
            Checks the promises to pay whose date has passed (PromiseBroken.v1 for each one broken), then issues one
            DunningLetterIssued.v1 per customer and currency that has at least one overdue item reaching a dunning
            level it was not dunned at before. The letter lists all the customer's overdue items in that currency,
            each with its level, and takes the level of its oldest item. Items under an open dispute or a promise to
            pay not yet broken are left out. Running again for the same date issues nothing new.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DunningRunRequest.class),
            examples = @ExampleObject(name = "today", value = "{\"legalEntity\": \"DE01\", \"asOf\": \"2026-11-22\"}")))
    @APIResponse(responseCode = "201", description = "Run done; the letters it issued",
            content = @Content(schema = @Schema(implementation = DunningRunView.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule, or the body is not valid JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Another run chased the same customer at the same moment; retry",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "asOf after today, or a reused Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response run(
            @Parameter(description = "Makes a retried request take effect once", example = "dunning-DE01-2026-11-22")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid DunningRunRequest request) {
        caller.legalEntities().require("legalEntity", request.legalEntity());
        return idempotentRequests.execute(idempotencyKey, "POST /api/v1/dunning-runs", request, () -> {
            DunningRunView run = runs.run(request.legalEntity(), request.asOf());
            return Response.created(URI.create("/api/v1/dunning-letters?dunningRunId=" + run.id())).entity(run).build();
        });
    }

    @GET
    @Path("dunning-letters")
    @RolesAllowed({Roles.COLLECTOR, Roles.AR_MANAGER, Roles.AR_CLERK, Roles.CREDIT_MANAGER, Roles.AUDITOR})
    @Operation(operationId = "listDunningLetters",
            summary = "List dunning letters", description = "Newest first; optionally of one customer or one run.")
    @APIResponse(responseCode = "200", description = "One page of letters")
    @APIResponse(responseCode = "400", description = "A query parameter breaks a rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<DunningLetterView> letters(
            @Parameter(description = "Only this customer's letters") @QueryParam("customerId") UUID customerId,
            @Parameter(description = "Only the letters of this dunning run") @QueryParam("dunningRunId")
            UUID dunningRunId,
            @Parameter(description = "Page number from 0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Items per page, up to 500") @QueryParam("size") @DefaultValue("50")
            @Min(1) @Max(Page.MAX_SIZE) int size) {
        return letters.list(caller.legalEntities(), customerId, dunningRunId, page, size);
    }

    @GET
    @Path("dunning-letters/{id}")
    @RolesAllowed({Roles.COLLECTOR, Roles.AR_MANAGER, Roles.AR_CLERK, Roles.CREDIT_MANAGER, Roles.AUDITOR})
    @Operation(operationId = "getDunningLetter", summary = "Read a dunning letter",
            description = "The letter as issued: its level, the overdue items it lists and their total.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DunningLetterView.class)))
    @APIResponse(responseCode = "404", description = "No such letter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DunningLetterView letter(@Parameter(description = "Letter id") @PathParam("id") UUID id) {
        return caller.legalEntities().reveal(letters.find(id), DunningLetterView::legalEntity)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "no dunning letter " + id));
    }

    @GET
    @Path("dunning-letters/{id}/history")
    @RolesAllowed({Roles.COLLECTOR, Roles.AR_MANAGER, Roles.AR_CLERK, Roles.CREDIT_MANAGER, Roles.AUDITOR})
    @Operation(operationId = "getDunningLetterHistory", summary = "A dunning letter's history",
            description = DocumentHistory.DESCRIPTION)
    public DocumentHistoryView letterHistory(@Parameter(description = "Letter id") @PathParam("id") UUID id) {
        // a letter is issued by its customer's collection case: the case's events that name it
        return history.of(id, letter(id).customerId());
    }
}
