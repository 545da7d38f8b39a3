package org.o2c.payments.matching;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.o2c.runtime.problem.Problem;
import org.o2c.runtime.security.CurrentRequest;
import org.o2c.runtime.security.LegalEntityScope;
import org.o2c.runtime.security.Roles;

@Path("/api/v1/cash-application-settings/{legalEntity}")
@Tag(name = "Bank statements")
@Produces(MediaType.APPLICATION_JSON)
public class CashApplicationSettingsResource {
    @Inject
    CashApplicationSettings settings;
    @Inject
    CurrentRequest caller;

    @GET
    @RolesAllowed({Roles.AR_CLERK, Roles.AR_MANAGER, Roles.INTEGRATION, Roles.AUDITOR})
    @Operation(operationId = "getCashApplicationSettings", summary = "Cash application settings of a legal entity")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(implementation = CashApplicationSettingsView.class)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CashApplicationSettingsView get(
            @Parameter(description = "Legal entity", example = "DE01")
            @PathParam("legalEntity") @Pattern(regexp = LegalEntityScope.CODE) String legalEntity) {
        caller.legalEntities().require("legalEntity", legalEntity);
        return settings.view(legalEntity);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AR_MANAGER)
    @Operation(operationId = "changeCashApplicationSettings",
            summary = "Set how cash application works for a legal entity", description = """
            Sets, from the next bank statement on, the score from which a bank line is applied without a clerk \
            (50 to 100; lines already waiting keep their suggestions) and the order in which a payment that does \
            not say which invoices it pays is spread over the customer's open items: OLDEST_DUE_FIRST, \
            OLDEST_ISSUED_FIRST or PROPORTIONAL; and the write-off tolerance: a payment that names an invoice and \
            pays it short by at most the amount and at most the percent of what was open has the rest written off \
            (ItemWrittenOff), a larger shortfall stays open as a deduction (DeductionRaised) that collections turns \
            into a dispute. Recorded with the acting user.""")
    @RequestBody(required = true, content = @Content(
            schema = @Schema(implementation = CashApplicationSettingsRequest.class),
            examples = @ExampleObject(name = "stricter", value = """
                    {"autoApplyThreshold": 90, "allocationOrder": "OLDEST_DUE_FIRST",
                     "writeOffToleranceAmount": "5.00", "writeOffTolerancePercent": "0.5"}""")))
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(implementation = CashApplicationSettingsView.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CashApplicationSettingsView change(
            @Parameter(description = "Legal entity", example = "DE01")
            @PathParam("legalEntity") @Pattern(regexp = LegalEntityScope.CODE) String legalEntity,
            @NotNull(message = "a JSON body is required") @Valid CashApplicationSettingsRequest request) {
        caller.legalEntities().require("legalEntity", legalEntity);
        return settings.change(legalEntity, request, caller.actingUser());
    }
}
