package org.o2c.payments.remittance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.o2c.runtime.problem.Problem;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;
import org.o2c.runtime.security.CurrentRequest;
import org.o2c.runtime.security.LegalEntityScope;
import org.o2c.runtime.security.Roles;

@Path("/api/v1/remittance-advices")
@Tag(name = "Bank statements")
@Produces(MediaType.APPLICATION_JSON)
public class RemittanceAdviceResource {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String IMPORT_DESCRIPTION = """
            Takes in a customer's remittance advice: what its payments pay, one row per invoice, as CSV (comma, \
            semicolon or tab separated; UTF-8 or Windows-1252) or XLSX (the first sheet), sent as the body or as \
            the part named file of a form. Columns are found by their headers, whatever their case, spaces or \
            punctuation: payment reference (payment reference, reference, end to end id, Zahlungsreferenz), \
            invoice (invoice, invoice number, document, Rechnungsnummer, Belegnummer) and amount paid on it \
            (amount, amount paid, paid, Betrag) are required; discount (discount, cash discount, Skonto) and payer \
            (payer, customer, Kunde) are optional. Amounts are written 1234.56, 1,234.56, 1.234,56 or 1234,56, \
            with at most two decimals. Up to 5,000 rows; every row that breaks a rule is named (rows[n].amount), \
            and nothing is kept. The same file again for the legal entity is 409.

            A bank line that carries a payment reference of the advice (its end-to-end id, creditor reference or \
            a word of its remittance text, compared in capitals without spaces and punctuation) follows the \
            advice: its invoices and amounts win over everything else the matching would read, scored 100 when \
            every invoice is open and the advice's total is the line's amount (applied at once), 70 otherwise \
            (waiting, with the advice as a suggestion). A shortfall on an invoice is settled as for any payment: \
            a discount the advice states that the invoice offers in time, else written off within the tolerance \
            or kept as a deduction. Advices may come before or after the statement: on import, the waiting lines \
            that carry its references are matched again.""";

    @Inject
    RemittanceAdvices advices;
    @Inject
    IdempotentRequests idempotentRequests;
    @Inject
    CurrentRequest caller;

    @POST
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN, "text/csv", XLSX})
    @RolesAllowed({Roles.AR_CLERK, Roles.AR_MANAGER, Roles.INTEGRATION})
    @Operation(operationId = "importRemittanceAdvice", summary = "Import a remittance advice (CSV or XLSX)",
            description = IMPORT_DESCRIPTION)
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "201", description = "Imported; the waiting lines it names matched again",
            content = @Content(schema = @Schema(implementation = RemittanceAdviceView.class)))
    @APIResponse(responseCode = "400", description = "An empty file, no legal entity, or no Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller does not act for the legal entity",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The very file was imported before (not-imported-before)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The file is larger than allowed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not sent as a file",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A required column is missing (column), a row breaks a rule "
            + "(each named, e.g. rows[4].amount), the table cannot be read, or a reused Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response importFile(
            @Parameter(description = "The legal entity whose customers sent it", example = "DE01", required = true)
            @QueryParam("legalEntity") @NotNull @Pattern(regexp = LegalEntityScope.CODE) String legalEntity,
            @Parameter(description = "Makes a retried upload take effect once", example = "advice-2026-11-20")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            byte[] file) {
        caller.legalEntities().require("legalEntity", legalEntity);
        return idempotentRequests.execute(idempotencyKey, "POST /api/v1/remittance-advices?legalEntity="
                + legalEntity, file, () -> {
                    RemittanceAdviceView advice = advices.importFile(file, legalEntity, caller.actingUser());
                    return Response.created(URI.create("/api/v1/remittance-advices/" + advice.adviceId()))
                            .entity(advice).build();
                });
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.AR_CLERK, Roles.AR_MANAGER, Roles.INTEGRATION})
    // the spec shows this as the multipart/form-data content of importRemittanceAdvice: one operation, two ways
    public Response upload(
            @Parameter(description = "The legal entity whose customers sent it", example = "DE01", required = true)
            @QueryParam("legalEntity") @NotNull @Pattern(regexp = LegalEntityScope.CODE) String legalEntity,
            @Parameter(description = "Makes a retried upload take effect once", example = "advice-2026-11-20")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file) {
        if (file == null) {
            throw ProblemException.field(ProblemType.VALIDATION_FAILED, "file", "required",
                    "the form needs a part named file holding the advice");
        }
        try {
            return importFile(legalEntity, idempotencyKey, Files.readAllBytes(file.uploadedFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @Path("{adviceId}")
    @RolesAllowed({Roles.AR_CLERK, Roles.AR_MANAGER, Roles.INTEGRATION, Roles.AUDITOR})
    @Operation(operationId = "getRemittanceAdvice", summary = "Read a remittance advice and which lines followed it")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(implementation = RemittanceAdviceView.class)))
    @APIResponse(responseCode = "404", description = "No such advice",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RemittanceAdviceView get(@Parameter(description = "Advice id") @PathParam("adviceId") UUID adviceId) {
        return caller.legalEntities().reveal(advices.find(adviceId), RemittanceAdviceView::legalEntity)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "no remittance advice " + adviceId));
    }
}
