package org.o2c.payments.bankstatement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.o2c.runtime.idempotency.IdempotentRequests;
import org.o2c.runtime.paging.Page;
import org.o2c.runtime.problem.Problem;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;
import org.o2c.runtime.security.CurrentRequest;
import org.o2c.runtime.security.Roles;

@Path("/api/v1/bank-statements")
@Tag(name = "Bank statements")
@Produces(MediaType.APPLICATION_JSON)
public class BankStatementResource {
    private static final String CSV_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String IMPORT_DESCRIPTION = """
            Takes in a bank file, sent as the body or as the part named file of a form: camt.053 (versions \
            .001.02 to .001.10), camt.054, MT940, MT942 or BAI2, the format told from the content. Every \
            statement in it must add up (opening balance plus booked lines is the closing balance; for an interim \
            report its debit and credit totals), be of a registered bank account of the caller's legal entities \
            in the account's currency, and not have been imported before (409 when the same account, statement \
            reference and number, closing date and closing balance, or the very same file, came before). \
            Otherwise the whole file is refused with what is wrong in it, and nothing is stored. XML with a \
            DOCTYPE or entities is refused; the file may have up to 20 MiB (o2c.bank-statements.max-bytes) and \
            2,000 lines (o2c.bank-statements.max-lines; max-lines: split a larger one by account or day). An \
            account field is looked up as written, without a currency code after it, as the IBAN of a German bank \
            code and account number, and as the number after a bank's name or code.

            A bank account's CSV or XLSX export is taken with ?bankAccountId= of an account whose CSV mapping is \
            saved (saveCsvStatementMapping; csv-mapping when none): one statement of that account, its rows in \
            date order; with a balance column every row's balance is checked, without one its lines are taken like \
            an interim report's. An export that repeats a row of an earlier export of the account is 409.

            Publishes BankStatementImported.v1 per statement; then every credit line is matched against the \
            open items of the account's legal entity and currency (see listBankLines for the rules). A line the \
            matching is sure of becomes a payment at once (BankLineApplied.v1, then PaymentReceived.v1 and \
            PaymentApplied.v1 dated on the value date); the others wait in the queue \
            (GET /api/v1/bank-lines?status=unmatched) with ranked suggestions.""";

    @Inject
    StatementImport statementImport;
    @Inject
    BankStatementQueries queries;
    @Inject
    IdempotentRequests idempotentRequests;
    @Inject
    CurrentRequest caller;

    @POST
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN, MediaType.APPLICATION_XML,
            MediaType.TEXT_XML, "text/csv", CSV_XLSX})
    @RolesAllowed({Roles.AR_CLERK, Roles.AR_MANAGER, Roles.INTEGRATION})
    @Operation(operationId = "importBankStatement", summary = "Import a bank statement file",
            description = IMPORT_DESCRIPTION)
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaType.APPLICATION_XML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaType.TEXT_XML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = CSV_XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "201", description = "Imported and matched",
            content = @Content(schema = @Schema(implementation = StatementImportView.class)))
    @APIResponse(responseCode = "400", description = "An empty file, or no Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A statement of the file, or the file itself, was imported "
            + "before (not-imported-before)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The file is larger than allowed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not sent as a file",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The file cannot be read or does not add up "
            + "(readable-statement, with the reason), a statement of an account that is not registered for the "
            + "caller's legal entities (unknown-reference bank-account) or in another currency (account-currency), "
            + "or a reused Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response importFile(
            @Parameter(description = "Makes a retried upload take effect once", example = "camt053-2026-11-19")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Parameter(description = "The bank account a CSV or XLSX export is of (read with its saved mapping); "
                    + "not needed for the bank formats, which name their account")
            @QueryParam("bankAccountId") UUID bankAccountId,
            byte[] file) {
        return idempotentRequests.execute(idempotencyKey, "POST /api/v1/bank-statements"
                + (bankAccountId == null ? "" : "?bankAccountId=" + bankAccountId), file, () -> {
            StatementImportView imported = statementImport.importFile(file, caller.legalEntities(), bankAccountId);
            // the first statement's address; a file of several lists them all in the body
            return Response.created(URI.create("/api/v1/bank-statements/" + imported.statements().get(0)
                    .statementId())).entity(imported).build();
        });
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.AR_CLERK, Roles.AR_MANAGER, Roles.INTEGRATION})
    // the spec shows this as the multipart/form-data content of importBankStatement: one operation, two ways
    public Response upload(
            @Parameter(description = "Makes a retried upload take effect once", example = "camt053-2026-11-19")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Parameter(description = "The bank account a CSV or XLSX export is of (read with its saved mapping); "
                    + "not needed for the bank formats, which name their account")
            @QueryParam("bankAccountId") UUID bankAccountId,
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file) {
        if (file == null) {
            throw ProblemException.field(ProblemType.VALIDATION_FAILED, "file", "required",
                    "the form needs a part named file holding the bank file");
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return importFile(idempotencyKey, bankAccountId, content);
    }

    @GET
    @Path("{statementId}")
    @RolesAllowed({Roles.AR_CLERK, Roles.AR_MANAGER, Roles.INTEGRATION, Roles.AUDITOR})
    @Operation(operationId = "getBankStatement", summary = "Read an imported bank statement")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = BankStatementView.class)))
    @APIResponse(responseCode = "404", description = "No such statement",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BankStatementView get(@Parameter(description = "Statement id") @PathParam("statementId") UUID id) {
        return caller.legalEntities().reveal(queries.statement(id), BankStatementView::legalEntity)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "no bank statement " + id));
    }

    @GET
    @RolesAllowed({Roles.AR_CLERK, Roles.AR_MANAGER, Roles.INTEGRATION, Roles.AUDITOR})
    @Operation(operationId = "listBankStatements", summary = "List imported bank statements",
            description = "Latest closing date first; optionally of one bank account.")
    @APIResponse(responseCode = "200", description = "One page of statements")
    @APIResponse(responseCode = "400", description = "A query parameter breaks a rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<BankStatementView> list(
            @Parameter(description = "Only statements of this bank account") @QueryParam("bankAccountId")
            UUID bankAccountId,
            @Parameter(description = "Page number from 0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Items per page, up to 500") @QueryParam("size") @DefaultValue("50")
            @Min(1) @Max(Page.MAX_SIZE) int size) {
        return queries.statements(caller.legalEntities(), bankAccountId, page, size);
    }
}
