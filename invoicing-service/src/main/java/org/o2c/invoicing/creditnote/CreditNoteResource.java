package org.o2c.invoicing.creditnote;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.o2c.runtime.problem.Problem;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;
import org.o2c.runtime.security.CurrentRequest;
import org.o2c.runtime.security.Roles;
import org.o2c.runtime.history.DocumentHistory;
import org.o2c.runtime.history.DocumentHistoryView;

@Path("/api/v1/credit-notes")
@Tag(name = "Credit notes")
@Produces(MediaType.APPLICATION_JSON)
public class CreditNoteResource {
    @Inject
    DocumentHistory history;
    @Inject
    CreditNoteRegister register;
    @Inject
    CurrentRequest caller;

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.INTEGRATION, Roles.AR_CLERK, Roles.AR_MANAGER, Roles.COLLECTOR, Roles.CREDIT_MANAGER,
            Roles.AUDITOR})
    @Operation(operationId = "getCreditNote",
            summary = "Read a credit note", description = "Its number, lines, tax per rate and amounts.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CreditNoteView.class)))
    @APIResponse(responseCode = "404", description = "No such credit note",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CreditNoteView get(@PathParam("id") UUID id) {
        return caller.legalEntities().reveal(register.find(id), CreditNoteView::legalEntity)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "no credit note " + id));
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.INTEGRATION, Roles.AR_CLERK, Roles.AR_MANAGER, Roles.COLLECTOR, Roles.CREDIT_MANAGER,
            Roles.AUDITOR})
    @Operation(operationId = "getCreditNoteHistory", summary = "A credit note's history",
            description = DocumentHistory.DESCRIPTION)
    public DocumentHistoryView history(@PathParam("id") UUID id) {
        CreditNoteView creditNote = get(id);
        return history.of(id, creditNote.invoiceId());
    }
}
