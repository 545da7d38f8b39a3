package org.o2c.payments.bankaccount;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.o2c.runtime.idempotency.IdempotentRequests;
import org.o2c.runtime.paging.Page;
import org.o2c.runtime.problem.Problem;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;
import org.o2c.runtime.security.CurrentRequest;
import org.o2c.runtime.security.Roles;

@Path("/api/v1/bank-accounts")
@Tag(name = "Bank accounts")
@Produces(MediaType.APPLICATION_JSON)
public class BankAccountResource {
    private static final String EXAMPLE = """
            {"legalEntity": "DE01", "name": "Main account Commerzbank", "accountNumber": "DE89 3704 0044 0532 0130 00",
             "bic": "COBADEFFXXX", "currency": "EUR", "clearingAccount": "1200"}""";

    @Inject
    BankAccounts accounts;
    @Inject
    CurrentRequest caller;
    @Inject
    IdempotentRequests idempotentRequests;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AR_MANAGER)
    @Operation(operationId = "registerBankAccount", summary = "Register one of our bank accounts", description = """
            Takes on a bank account of one of our legal entities, so that its statements can be imported and \
            matched. An IBAN is checked for its country's length and layout and its check digits (iban-check-digits \
            when they do not hold); a bank's own number (1 to 34 letters and digits) is taken as the bank writes it \
            in its statements. A BIC is checked for its layout. Each number is registered once (409 unique). \
            Publishes BankAccountRegistered.v1 on o2c.payments.events with the number masked; the full number is \
            never published nor shown again.""")
    @RequestBody(required = true, content = @Content(
            schema = @Schema(implementation = RegisterBankAccountRequest.class),
            examples = @ExampleObject(name = "a German current account", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Registered; Location names the account",
            content = @Content(schema = @Schema(implementation = BankAccountView.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule, or the body is not valid JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not allowed, or the legal entity is not the caller's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The account number is already registered",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "An IBAN whose check digits or layout are wrong (iban-check-"
            + "digits, iban), a BIC of the wrong layout (bic), or an Idempotency-Key reused with another request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(
            @Parameter(description = "Makes a retried request take effect once", example = "bank-account-de01-main")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid RegisterBankAccountRequest request) {
        caller.legalEntities().require("legalEntity", request.legalEntity());
        return idempotentRequests.execute(idempotencyKey, "POST /api/v1/bank-accounts", request, () -> {
            BankAccountView created = accounts.register(request);
            return Response.created(URI.create("/api/v1/bank-accounts/" + created.bankAccountId())).entity(created)
                    .build();
        });
    }

    @GET
    @Path("{bankAccountId}")
    @RolesAllowed({Roles.AR_MANAGER, Roles.AR_CLERK, Roles.AUDITOR})
    @Operation(operationId = "getBankAccount", summary = "Read a bank account")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = BankAccountView.class)))
    @APIResponse(responseCode = "404", description = "No such bank account",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BankAccountView get(@Parameter(description = "Bank account id") @PathParam("bankAccountId") UUID id) {
        return caller.legalEntities().reveal(accounts.find(id), BankAccountView::legalEntity)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "no bank account " + id));
    }

    @GET
    @RolesAllowed({Roles.AR_MANAGER, Roles.AR_CLERK, Roles.AUDITOR})
    @Operation(operationId = "listBankAccounts", summary = "List our bank accounts",
            description = "Sorted by name; optionally of one legal entity.")
    @APIResponse(responseCode = "200", description = "One page of bank accounts")
    @APIResponse(responseCode = "400", description = "A query parameter breaks a rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<BankAccountView> list(
            @Parameter(description = "Only accounts of this legal entity", example = "DE01")
            @QueryParam("legalEntity") @Pattern(regexp = "[A-Z0-9]{2,10}") String legalEntity,
            @Parameter(description = "Page number from 0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Items per page, up to 500") @QueryParam("size") @DefaultValue("50")
            @Min(1) @Max(Page.MAX_SIZE) int size) {
        caller.legalEntities().require("legalEntity", legalEntity);
        return accounts.list(caller.legalEntities(), legalEntity, page, size);
    }
}
