package org.o2c.reporting.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.o2c.reporting.ledger.LedgerQueries;
import org.o2c.reporting.period.PeriodResource;
import org.o2c.runtime.problem.Problem;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;
import org.o2c.runtime.security.CurrentRequest;
import org.o2c.runtime.security.LegalEntityScope;
import org.o2c.runtime.security.Roles;

@Path("/api/v1/ledger/{legalEntity}")
@Tag(name = "Ledger exports", description = "The journal and trial balance as files, and the month's audit pack")
public class LedgerExportResource {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    LedgerExports exports;
    @Inject
    LedgerQueries ledger;
    @Inject
    AuditPack auditPack;
    @Inject
    CurrentRequest caller;
    @Inject
    Clock clock;

    @GET
    @Path("exports/journal")
    @Produces({"text/csv", XLSX, "application/json"})
    @RolesAllowed({Roles.AR_CLERK, Roles.AR_MANAGER, Roles.AP_CLERK, Roles.AP_APPROVER, Roles.AUDITOR,
            Roles.INTEGRATION})
    @Operation(operationId = "exportJournal", summary = "Export the journal", description = """
            Every journal line of the legal entity with an accounting date in the period (or from from to to), in
            posting order, as CSV, XLSX or JSON: format wins over the Accept header, JSON when neither names one.
            Streamed as it is read, in constant memory; an XLSX sheet holds at most 1,048,575 lines, so export
            longer ranges as CSV or JSON.""")
    @APIResponse(responseCode = "200", description = "The lines, as a download named journal-<entity>-<range>",
            content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY,
                    implementation = JournalRow.class))})
    @APIResponse(responseCode = "400", description = "Neither period nor from and to, both, or a parameter not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response journal(
            @Parameter(description = "Legal entity", example = "DE01") @PathParam("legalEntity")
            @Pattern(regexp = LegalEntityScope.CODE) String legalEntity,
            @Parameter(description = "A month, yyyy-MM", example = "2026-10") @QueryParam("period")
            @Pattern(regexp = PeriodResource.MONTH, message = "must be a month yyyy-MM") String period,
            @Parameter(description = "First accounting date, instead of period") @QueryParam("from") LocalDate from,
            @Parameter(description = "Last accounting date, with from") @QueryParam("to") LocalDate to,
            @Parameter(description = "csv, xlsx or json") @QueryParam("format")
            @Pattern(regexp = ExportFormat.VALUES, message = "must be one of " + ExportFormat.VALUES) String format,
            @Context HttpHeaders headers) {
        caller.legalEntities().require("legalEntity", legalEntity);
        LocalDate[] range = range(period, from, to);
        ExportFormat chosen = ExportFormat.chosen(format, headers);
        String name = "journal-" + legalEntity + "-" + (period != null ? period : range[0] + "-" + range[1]);
        StreamingOutput body = out -> exports.journal(legalEntity, range[0], range[1], chosen.open(out, "Journal"));
        return download(body, chosen, name);
    }

    @GET
    @Path("exports/trial-balance")
    @Produces({"text/csv", XLSX, "application/json"})
    @RolesAllowed({Roles.AR_CLERK, Roles.AR_MANAGER, Roles.AP_CLERK, Roles.AP_APPROVER, Roles.AUDITOR,
            Roles.INTEGRATION})
    @Operation(operationId = "exportTrialBalance", summary = "Export the trial balance", description = """
            The trial balance (see getTrialBalance) as flat rows, one per currency and account, as CSV, XLSX or
            JSON: format wins over the Accept header, JSON when neither names one.""")
    @APIResponse(responseCode = "200", description = "The accounts, as a download named trial-balance-<entity>-<asOf>",
            content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY,
                    implementation = TrialBalanceRow.class))})
    @APIResponse(responseCode = "400", description = "A parameter is not valid, or from after asOf",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response trialBalance(
            @Parameter(description = "Legal entity", example = "DE01") @PathParam("legalEntity")
            @Pattern(regexp = LegalEntityScope.CODE) String legalEntity,
            @Parameter(description = "Last day; today when left out") @QueryParam("asOf") LocalDate asOf,
            @Parameter(description = "First day; the first of asOf's month when left out") @QueryParam("from")
            LocalDate from,
            @Parameter(description = "csv, xlsx or json") @QueryParam("format")
            @Pattern(regexp = ExportFormat.VALUES, message = "must be one of " + ExportFormat.VALUES) String format,
            @Context HttpHeaders headers) {
        caller.legalEntities().require("legalEntity", legalEntity);
        LocalDate last = asOf != null ? asOf : LocalDate.now(clock);
        LocalDate first = from != null ? from : last.withDayOfMonth(1);
        if (first.isAfter(last)) {
            throw ProblemException.field(ProblemType.VALIDATION_FAILED, "from", "not-after-asOf",
                    "must be on or before asOf (" + last + ")");
        }
        ExportFormat chosen = ExportFormat.chosen(format, headers);
        var balance = ledger.trialBalance(legalEntity, first, last);
        StreamingOutput body = out -> exports.trialBalance(balance, chosen.open(out, "Trial balance"));
        return download(body, chosen, "trial-balance-" + legalEntity + "-" + last);
    }

    @GET
    @Path("audit-pack")
    @Produces("application/zip")
    @RolesAllowed({Roles.AR_MANAGER, Roles.AP_APPROVER, Roles.AUDITOR})
    @Operation(operationId = "getAuditPack", summary = "A month's audit pack", description = """
            One ZIP with the period's trial balance (CSV and XLSX), journal and posted documents (CSV), AR and AP
            aging at its last day, the subledger reconciliation, the close record and the close checklist (JSON),
            and a README naming each file. Streamed while it is written.""")
    @APIResponse(responseCode = "200", description = "audit-pack-<entity>-<period>.zip",
            content = @Content(mediaType = "application/zip", schema = @Schema(type = SchemaType.STRING,
                    format = "binary")))
    @APIResponse(responseCode = "400", description = "period missing or not a month yyyy-MM",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response auditPack(
            @Parameter(description = "Legal entity", example = "DE01") @PathParam("legalEntity")
            @Pattern(regexp = LegalEntityScope.CODE) String legalEntity,
            @Parameter(description = "The month, yyyy-MM", required = true, example = "2026-10")
            @QueryParam("period") @NotNull @Pattern(regexp = PeriodResource.MONTH, message = "must be a month yyyy-MM")
            String period) {
        caller.legalEntities().require("legalEntity", legalEntity);
        String user = caller.actingUser();
        StreamingOutput body = out -> auditPack.write(legalEntity, YearMonth.parse(period), user, out);
        return Response.ok(body, "application/zip").header("Content-Disposition",
                "attachment; filename=\"audit-pack-" + legalEntity + "-" + period + ".zip\"").build();
    }

    private static Response download(StreamingOutput body, ExportFormat format, String name) {
        return Response.ok(body, format.mediaType() + (format == ExportFormat.XLSX ? "" : "; charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"" + format.fileName(name) + "\"").build();
    }

    /** The period's days, or from and to; exactly one of the two. */
    private static LocalDate[] range(String period, LocalDate from, LocalDate to) {
        if (period != null && (from != null || to != null)) {
            throw ProblemException.field(ProblemType.VALIDATION_FAILED, "period", "either",
                    "give a period or from and to, not both");
        }
        if (period != null) {
            YearMonth month = YearMonth.parse(period);
            return new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
        }
        if (from == null || to == null) {
            throw ProblemException.field(ProblemType.VALIDATION_FAILED, from == null ? "from" : "to", "required",
                    "give a period, or both from and to");
        }
        if (from.isAfter(to)) {
            throw ProblemException.field(ProblemType.VALIDATION_FAILED, "from", "not-after-to",
                    "must be on or before to (" + to + ")");
        }
        return new LocalDate[] {from, to};
    }
}
