package org.o2c.reporting.ledger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.o2c.runtime.paging.Page;
import org.o2c.runtime.problem.Problem;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;
import org.o2c.runtime.security.CurrentRequest;
import org.o2c.runtime.security.LegalEntityScope;
import org.o2c.runtime.security.Roles;

@Path("/api/v1/ledger")
@Tag(name = "General ledger", description = "Journal entries posted from business events, trial balance, chart")
@Produces(MediaType.APPLICATION_JSON)
public class LedgerResource {
    private static final String CHART_EXAMPLE = """
            {
              "effectiveFrom": "2027-01-01",
              "accounts": [
                {"role": "REVENUE", "qualifier": "19", "account": "8400", "name": "Revenue 19%"},
                {"role": "AR_CONTROL", "account": "1400", "name": "Receivables from customers"}
              ]
            }""";

    @Inject
    LedgerQueries queries;
    @Inject
    ChartMaintenance chart;
    @Inject
    ReconciliationQuery reconciliation;
    @Inject
    CurrentRequest caller;
    @Inject
    Clock clock;

    @GET
    @Path("trial-balance")
    @RolesAllowed({Roles.AR_CLERK, Roles.AR_MANAGER, Roles.AP_CLERK, Roles.AP_APPROVER, Roles.AUDITOR,
            Roles.INTEGRATION})
    @Operation(operationId = "getTrialBalance", summary = "Trial balance", description = """
            Every account the legal entity posted to, per currency: the balance at the end of the day before from,
            the debits and credits from from to asOf, and the balance at the end of asOf. Each currency's debits
            equal its credits, and its closing balances add up to zero. Read from balances kept per account and
            day, never from the lines.""")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TrialBalance.class)))
    @APIResponse(responseCode = "400", description = "legalEntity missing, a parameter not valid, or from after asOf",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TrialBalance trialBalance(
            @Parameter(description = "Legal entity", required = true, example = "DE01")
            @QueryParam("legalEntity") @NotNull @Pattern(regexp = LegalEntityScope.CODE) String legalEntity,
            @Parameter(description = "Last day; today when left out", example = "2026-11-30")
            @QueryParam("asOf") LocalDate asOf,
            @Parameter(description = "First day of the period; the first day of asOf's month when left out",
                    example = "2026-11-01") @QueryParam("from") LocalDate from) {
        caller.legalEntities().require("legalEntity", legalEntity);
        LocalDate to = asOf != null ? asOf : LocalDate.now(clock);
        LocalDate start = from != null ? from : to.withDayOfMonth(1);
        notAfter(start, to, "asOf");
        return queries.trialBalance(legalEntity, start, to);
    }

    @GET
    @Path("accounts/{account}/lines")
    @RolesAllowed({Roles.AR_CLERK, Roles.AR_MANAGER, Roles.AP_CLERK, Roles.AP_APPROVER, Roles.AUDITOR,
            Roles.INTEGRATION})
    @Operation(operationId = "listAccountLines", summary = "An account's lines", description = """
            The journal lines of one account from from to to, in the order they were posted, each with its entry,
            the document it posts and the event behind it: follow any balance back to the invoice or payment that
            made it.""")
    @APIResponse(responseCode = "200", description = "One page of lines")
    @APIResponse(responseCode = "400", description = "legalEntity, from or to missing or not valid, from after to",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<LedgerLine> accountLines(
            @Parameter(description = "Account number", example = "1100") @PathParam("account")
            @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9.-]{0,19}") String account,
            @Parameter(description = "Legal entity", required = true, example = "DE01")
            @QueryParam("legalEntity") @NotNull @Pattern(regexp = LegalEntityScope.CODE) String legalEntity,
            @Parameter(description = "First accounting date", required = true, example = "2026-11-01")
            @QueryParam("from") @NotNull LocalDate from,
            @Parameter(description = "Last accounting date", required = true, example = "2026-11-30")
            @QueryParam("to") @NotNull LocalDate to,
            @Parameter(description = "Page number from 0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Lines per page, up to 500") @QueryParam("size") @DefaultValue("50")
            @Min(1) @Max(Page.MAX_SIZE) int size) {
        caller.legalEntities().require("legalEntity", legalEntity);
        notAfter(from, to, "to");
        return queries.accountLines(legalEntity, account, from, to, page, size);
    }

    @GET
    @Path("entries")
    @RolesAllowed({Roles.AR_CLERK, Roles.AR_MANAGER, Roles.AP_CLERK, Roles.AP_APPROVER, Roles.AUDITOR,
            Roles.INTEGRATION})
    @Operation(operationId = "listEntriesOfDocument", summary = "Journal entries of a document", description = """
            Every entry that posted one document (an invoice and its credit note excess, a payment's receipt,
            applications and return, a supplier invoice or payment), oldest first. Empty when the document is not
            posted (yet) or belongs to a legal entity outside the token's.""")
    @APIResponse(responseCode = "200", description = "The document's entries")
    @APIResponse(responseCode = "400", description = "documentId missing or not a UUID",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<LedgerEntryView> entries(
            @Parameter(description = "Id of an invoice, credit note, payment, supplier invoice or supplier payment",
                    required = true) @QueryParam("documentId") @NotNull UUID documentId) {
        return queries.entriesOf(documentId, caller.legalEntities());
    }

    @GET
    @Path("reconciliation")
    @RolesAllowed({Roles.AR_CLERK, Roles.AR_MANAGER, Roles.AP_CLERK, Roles.AP_APPROVER, Roles.AUDITOR,
            Roles.INTEGRATION})
    @Operation(operationId = "getReconciliation", summary = "Subledgers against the ledger", description = """
            At the end of asOf, per currency: the AR aging total against AR control, unapplied cash and credit
            balances owed to customers against their liability accounts, the AP aging total against AP control,
            with the difference and, where open items differ, up to 100 invoices or supplier invoices that cause
            it (the subledger's open amount against what the control account holds for the document). Every
            difference is zero when everything is posted. A document the subledger learned but the ledger has not
            posted yet (or the other way round) shows for the moments between.""")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Reconciliation.class)))
    @APIResponse(responseCode = "400", description = "legalEntity missing or a parameter not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Reconciliation reconciliation(
            @Parameter(description = "Legal entity", required = true, example = "DE01")
            @QueryParam("legalEntity") @NotNull @Pattern(regexp = LegalEntityScope.CODE) String legalEntity,
            @Parameter(description = "Compare at the end of this day; today when left out", example = "2026-11-30")
            @QueryParam("asOf") LocalDate asOf) {
        caller.legalEntities().require("legalEntity", legalEntity);
        return reconciliation.reconcile(legalEntity, asOf != null ? asOf : LocalDate.now(clock));
    }

    @GET
    @Path("{legalEntity}/chart")
    @RolesAllowed({Roles.AR_CLERK, Roles.AR_MANAGER, Roles.AP_CLERK, Roles.AP_APPROVER, Roles.AUDITOR,
            Roles.INTEGRATION})
    @Operation(operationId = "getChart", summary = "Chart of accounts", description = """
            The accounts every posting role of the legal entity posts to on asOf, and every change made to the
            chart. A legal entity starts with the default chart.""")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ChartView.class)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ChartView chart(
            @Parameter(description = "Legal entity", example = "DE01")
            @PathParam("legalEntity") @Pattern(regexp = LegalEntityScope.CODE) String legalEntity,
            @Parameter(description = "Date the accounts are in force; today when left out", example = "2026-12-01")
            @QueryParam("asOf") LocalDate asOf) {
        caller.legalEntities().require("legalEntity", legalEntity);
        return chart.view(legalEntity, asOf != null ? asOf : LocalDate.now(clock));
    }

    @PUT
    @Path("{legalEntity}/chart")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AR_MANAGER)
    @Transactional
    @Operation(operationId = "changeChart", summary = "Change the chart of accounts", description = """
            Maps roles (and tax rates or bank accounts of a role) to accounts from effectiveFrom on, recorded with
            the acting user as the chart's audit trail. Entries posted before stay where they are; entries dated
            from effectiveFrom and posted afterwards use the new accounts. Answers the chart as of effectiveFrom.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ChartChangeRequest.class),
            examples = @ExampleObject(name = "revenue 19% and AR control", value = CHART_EXAMPLE)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ChartView.class)))
    @APIResponse(responseCode = "400", description = """
            A field breaks a rule: unknown role, a qualifier on a role that takes none, a tax rate that is not one,
            a role named twice""",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = """
            effectiveFrom inside a closed period (rule period-closed), or an account that would hold two account
            types (rule account-type-conflict)""",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ChartView changeChart(
            @Parameter(description = "Legal entity", example = "DE01")
            @PathParam("legalEntity") @Pattern(regexp = LegalEntityScope.CODE) String legalEntity,
            @NotNull(message = "a JSON body is required") @Valid ChartChangeRequest request) {
        caller.legalEntities().require("legalEntity", legalEntity);
        return chart.change(legalEntity, request, caller.actingUser());
    }

    private static void notAfter(LocalDate from, LocalDate to, String toName) {
        if (from.isAfter(to)) {
            throw ProblemException.field(ProblemType.VALIDATION_FAILED, "from", "not-after-" + toName,
                    "must be on or before " + toName + " (" + to + ")");
        }
    }
}
