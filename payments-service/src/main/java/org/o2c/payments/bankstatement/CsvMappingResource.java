package org.o2c.payments.bankstatement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.o2c.payments.bankaccount.BankAccountView;
import org.o2c.payments.bankaccount.BankAccounts;
import org.o2c.runtime.problem.Problem;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;
import org.o2c.runtime.security.CurrentRequest;
import org.o2c.runtime.security.Roles;

@Path("/api/v1/bank-accounts/{bankAccountId}/csv-mapping")
@Tag(name = "Bank statements")
@Produces(MediaType.APPLICATION_JSON)
public class CsvMappingResource {
    @Inject
    CsvMappings mappings;
    @Inject
    BankAccounts bankAccounts;
    @Inject
    CurrentRequest caller;

    @Schema(name = "SavedCsvStatementMapping", description = "A bank account's CSV mapping in force")
    public record SavedView(
            @Schema(description = "The bank account", required = true) UUID bankAccountId,
            @Schema(description = "The mapping", required = true) CsvMapping mapping,
            @Schema(description = "Who saved it", required = true, example = "mia.manager") String changedBy,
            @Schema(description = "When", required = true) Instant changedAt) {
    }

    @GET
    @RolesAllowed({Roles.AR_CLERK, Roles.AR_MANAGER, Roles.INTEGRATION, Roles.AUDITOR})
    @Operation(operationId = "getCsvStatementMapping", summary = "How a bank account's CSV export is read")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SavedView.class)))
    @APIResponse(responseCode = "404", description = "No such bank account, or no mapping saved for it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SavedView get(@Parameter(description = "Bank account id") @PathParam("bankAccountId") UUID id) {
        BankAccountView account = account(id);
        CsvMappings.Saved saved = mappings.inForce(account.bankAccountId()).orElseThrow(() ->
                new ProblemException(ProblemType.NOT_FOUND, "no CSV mapping saved for bank account " + id));
        return new SavedView(id, saved.mapping(), saved.changedBy(), saved.changedAt());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AR_MANAGER)
    @Operation(operationId = "saveCsvStatementMapping", summary = "Save how a bank account's CSV export is read",
            description = """
            From the next import on, a file that is not a bank format (camt, MT940/942, BAI2), sent with \
            ?bankAccountId= of this account, is read as its CSV (or XLSX) export with this mapping. Either the \
            signed amount column or the credit and debit columns (amount-columns); a date pattern in java.time \
            style (date-pattern). Every change is kept with the acting user; the file is stored with the mapping \
            it was read with.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CsvMapping.class),
            examples = @ExampleObject(name = "a German savings bank's export", value = """
                    {"valueDate": "Valutadatum", "bookingDate": "Buchungstag", "amount": "Betrag",
                     "counterpartyName": "Beguenstigter/Zahlungspflichtiger", "counterpartyAccount": "Kontonummer/IBAN",
                     "remittance": ["Verwendungszweck"], "endToEndId": "Kundenreferenz (End-to-End)",
                     "dateFormat": "dd.MM.yy"}""")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SavedView.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule, or the body is not valid JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such bank account",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Amount columns or date pattern not as required",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SavedView save(@Parameter(description = "Bank account id") @PathParam("bankAccountId") UUID id,
                          @NotNull(message = "a JSON body is required") @Valid CsvMapping mapping) {
        BankAccountView account = account(id);
        CsvMappings.Saved saved = mappings.change(account.bankAccountId(), mapping, caller.actingUser());
        return new SavedView(id, saved.mapping(), saved.changedBy(), saved.changedAt());
    }

    private BankAccountView account(UUID id) {
        return caller.legalEntities().reveal(bankAccounts.find(id), BankAccountView::legalEntity)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "no bank account " + id));
    }
}
