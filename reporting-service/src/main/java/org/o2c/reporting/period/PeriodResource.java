package org.o2c.reporting.period;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
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
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;
import org.o2c.runtime.security.CurrentRequest;
import org.o2c.runtime.security.LegalEntityScope;
import org.o2c.runtime.security.Roles;

@Path("/api/v1/ledger/{legalEntity}/periods")
@Tag(name = "Accounting periods", description = "Monthly periods per legal entity, their close and reopening")
@Produces(MediaType.APPLICATION_JSON)
public class PeriodResource {
    /** A month as the API writes it, {@code yyyy-MM}. */
    public static final String MONTH = "[0-9]{4}-(0[1-9]|1[0-2])";
    private static final int MAX_MONTHS = 120;

    @Inject
    PeriodRegister periods;
    @Inject
    PeriodClosing closing;
    @Inject
    CloseChecks checks;
    @Inject
    CurrentRequest caller;
    @Inject
    IdempotentRequests idempotentRequests;
    @Inject
    Clock clock;

    @GET
    @RolesAllowed({Roles.AR_CLERK, Roles.AR_MANAGER, Roles.AP_CLERK, Roles.AP_APPROVER, Roles.AUDITOR,
            Roles.INTEGRATION})
    @Operation(operationId = "listPeriods", summary = "Accounting periods", description = """
            The months from from to to (at most 120), latest first, each OPEN or CLOSED with its close record. By
            default the twelve months up to the current one.""")
    @APIResponse(responseCode = "200", description = "The periods")
    @APIResponse(responseCode = "400", description = "A parameter is not valid, from after to, or over 120 months",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<PeriodView> list(
            @Parameter(description = "Legal entity", example = "DE01") @PathParam("legalEntity")
            @Pattern(regexp = LegalEntityScope.CODE) String legalEntity,
            @Parameter(description = "First month, yyyy-MM", example = "2026-01") @QueryParam("from")
            @Pattern(regexp = MONTH, message = "must be a month yyyy-MM") String from,
            @Parameter(description = "Last month, yyyy-MM", example = "2026-12") @QueryParam("to")
            @Pattern(regexp = MONTH, message = "must be a month yyyy-MM") String to) {
        caller.legalEntities().require("legalEntity", legalEntity);
        YearMonth last = to != null ? YearMonth.parse(to) : YearMonth.now(clock);
        YearMonth first = from != null ? YearMonth.parse(from) : last.minusMonths(11);
        if (first.isAfter(last) || first.plusMonths(MAX_MONTHS).isBefore(last.plusMonths(1))) {
            throw ProblemException.field(ProblemType.VALIDATION_FAILED, "from", "range",
                    "must be on or before to, at most " + MAX_MONTHS + " months before it");
        }
        return periods.list(legalEntity, first, last);
    }

    @GET
    @Path("{period}/checklist")
    @RolesAllowed({Roles.AR_CLERK, Roles.AR_MANAGER, Roles.AP_CLERK, Roles.AP_APPROVER, Roles.AUDITOR,
            Roles.INTEGRATION})
    @Operation(operationId = "getCloseChecklist", summary = "A period's close checklist", description = """
            Runs the close checklist now: documents of the period not yet posted, subledger differences at its
            last day, unapplied cash older than 30 days at its end, disputes open at its end, supplier invoices of
            the period not approved by its end.""")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CloseChecklist.class)))
    @APIResponse(responseCode = "400", description = "period is not a month yyyy-MM",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CloseChecklist checklist(
            @Parameter(description = "Legal entity", example = "DE01") @PathParam("legalEntity")
            @Pattern(regexp = LegalEntityScope.CODE) String legalEntity,
            @Parameter(description = "Month, yyyy-MM", example = "2026-10") @PathParam("period")
            @Pattern(regexp = MONTH, message = "must be a month yyyy-MM") String period) {
        caller.legalEntities().require("legalEntity", legalEntity);
        return checks.run(legalEntity, YearMonth.parse(period));
    }

    @POST
    @Path("{period}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AR_MANAGER)
    @Operation(operationId = "closePeriod", summary = "Close a period", description = """
            Closes a month that is over, after every earlier month with postings is closed, once its checklist is
            clean or its findings are acknowledged with a note. From then on invoicing, payments and payables
            refuse documents dated inside it (422 period-closed), and an event that still arrives for it is posted
            on the first day of the next open period. Publishes PeriodClosed.v1 on o2c.reporting.events. The body
            names the acknowledged findings; {} when there are none.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CloseRequest.class),
            examples = @ExampleObject(name = "with an acknowledged dispute", value = """
                    {"acknowledge": ["OPEN_DISPUTES"], "note": "Price question only, revenue unaffected"}""")))
    @APIResponse(responseCode = "200", description = "Closed",
            content = @Content(schema = @Schema(implementation = PeriodView.class)))
    @APIResponse(responseCode = "400", description = "A field or the period breaks a rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = """
            The month is not over (period-not-ended), an earlier month is open (earlier-period-open), it is closed
            already (already-closed), the checklist has findings not acknowledged (checklist-not-clean) or
            acknowledged without a note (required)""",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response close(
            @Parameter(description = "Makes a retried close answer as the first did", example = "close-DE01-2026-10")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Parameter(description = "Legal entity", example = "DE01") @PathParam("legalEntity")
            @Pattern(regexp = LegalEntityScope.CODE) String legalEntity,
            @Parameter(description = "Month, yyyy-MM", example = "2026-10") @PathParam("period")
            @Pattern(regexp = MONTH, message = "must be a month yyyy-MM") String period,
            @NotNull(message = "a JSON body is required; {} acknowledges nothing") @Valid CloseRequest request) {
        caller.legalEntities().require("legalEntity", legalEntity);
        return idempotentRequests.execute(idempotencyKey, "POST /api/v1/ledger/{legalEntity}/periods/{period}/close",
                List.of(legalEntity, period, request), () -> Response.ok(closing.close(
                        legalEntity, YearMonth.parse(period), request, caller.actingUser())).build());
    }

    @POST
    @Path("{period}/reopening")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AR_MANAGER)
    @Operation(operationId = "requestPeriodReopening", summary = "Ask to reopen a closed period",
            description = """
            The first of two managers asks, with a reason, to open the latest closed period again. It stays closed
            until another manager approves.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ReopeningRequest.class)))
    @APIResponse(responseCode = "200", description = "Asked; the period is still closed",
            content = @Content(schema = @Schema(implementation = PeriodView.class)))
    @APIResponse(responseCode = "400", description = "The reason is missing or too long",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = """
            The period is open (not-closed), a later one is closed (later-period-closed), or a reopening is
            already asked for (reopening-pending)""",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response requestReopening(
            @Parameter(description = "Makes a retried request answer as the first did", example = "reopen-DE01-10")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Parameter(description = "Legal entity", example = "DE01") @PathParam("legalEntity")
            @Pattern(regexp = LegalEntityScope.CODE) String legalEntity,
            @Parameter(description = "Month, yyyy-MM", example = "2026-10") @PathParam("period")
            @Pattern(regexp = MONTH, message = "must be a month yyyy-MM") String period,
            @NotNull(message = "a JSON body is required") @Valid ReopeningRequest request) {
        caller.legalEntities().require("legalEntity", legalEntity);
        return idempotentRequests.execute(idempotencyKey,
                "POST /api/v1/ledger/{legalEntity}/periods/{period}/reopening", List.of(legalEntity, period,
                        request), () -> Response.ok(closing.requestReopening(legalEntity, YearMonth.parse(period),
                        request, caller.actingUser())).build());
    }

    @POST
    @Path("{period}/reopening/approval")
    @RolesAllowed(Roles.AR_MANAGER)
    @Operation(operationId = "approvePeriodReopening", summary = "Approve reopening a period", description = """
            A second manager, never the one who asked, opens the period again. Publishes PeriodReopened.v1 on
            o2c.reporting.events; the services accept documents dated in it again. A body, if sent, is
            ignored.""")
    @APIResponse(responseCode = "200", description = "Reopened",
            content = @Content(schema = @Schema(implementation = PeriodView.class)))
    @APIResponse(responseCode = "400", description = "period is not a month yyyy-MM",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = """
            The period is open (not-closed), nobody asked to reopen it (no-reopening-requested), or the approver is
            who asked (four-eyes)""",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response approveReopening(
            @Parameter(description = "Makes a retried approval answer as the first did", example = "approve-10")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Parameter(description = "Legal entity", example = "DE01") @PathParam("legalEntity")
            @Pattern(regexp = LegalEntityScope.CODE) String legalEntity,
            @Parameter(description = "Month, yyyy-MM", example = "2026-10") @PathParam("period")
            @Pattern(regexp = MONTH, message = "must be a month yyyy-MM") String period) {
        caller.legalEntities().require("legalEntity", legalEntity);
        return idempotentRequests.execute(idempotencyKey,
                "POST /api/v1/ledger/{legalEntity}/periods/{period}/reopening/approval",
                List.of(legalEntity, period), () -> Response.ok(closing.approveReopening(legalEntity,
                        YearMonth.parse(period), caller.actingUser())).build());
    }
}
