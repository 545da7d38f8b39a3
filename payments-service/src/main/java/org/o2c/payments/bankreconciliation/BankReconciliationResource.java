package org.o2c.payments.bankreconciliation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.o2c.payments.bankaccount.BankAccountView;
import org.o2c.payments.bankaccount.BankAccounts;
import org.o2c.runtime.problem.Problem;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;
import org.o2c.runtime.security.CurrentRequest;
import org.o2c.runtime.security.Roles;
import org.o2c.runtime.time.BusinessDate;

@Path("/api/v1/bank-reconciliation")
@Tag(name = "Bank statements")
@Produces(MediaType.APPLICATION_JSON)
public class BankReconciliationResource {
    @Inject
    BankAccounts accounts;
    @Inject
    BankReconciliation reconciliation;
    @Inject
    CurrentRequest caller;

    @GET
    @RolesAllowed({Roles.AR_CLERK, Roles.AR_MANAGER, Roles.INTEGRATION, Roles.AUDITOR})
    @Operation(operationId = "getBankReconciliation", summary = "Reconcile a bank account", description = """
            The bank account as of its latest statement closing on or before asOf: the statement's closing \
            balance, the statement lines the books do not have yet (waiting in the queue), the book entries the \
            bank has not shown yet (returned payments, until returns are matched to the bank's debit lines), the \
            adjusted statement balance, the book balance and their difference. Interim reports (MT942, camt.054) \
            have no closing balance and are not reconciled; a statement line reconciled with an interim report's \
            line counts in the book with the payment that line became.""")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(implementation = BankReconciliationView.class)))
    @APIResponse(responseCode = "400", description = "A parameter is missing or not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such bank account",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BankReconciliationView reconcile(
            @Parameter(description = "The bank account", required = true) @QueryParam("bankAccountId")
            @NotNull UUID bankAccountId,
            @Parameter(description = "Reconcile as of the latest statement closing on or before this day",
                    required = true, example = "2026-11-30") @QueryParam("asOf") @NotNull @BusinessDate
            LocalDate asOf) {
        BankAccountView account = caller.legalEntities().reveal(accounts.find(bankAccountId),
                BankAccountView::legalEntity).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                "no bank account " + bankAccountId));
        return reconciliation.asOf(account, asOf);
    }
}
