package org.o2c.invoicing.pricing;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.o2c.runtime.idempotency.IdempotentRequests;
import org.o2c.runtime.money.CurrencyCode;
import org.o2c.runtime.paging.Page;
import org.o2c.runtime.problem.Problem;
import org.o2c.runtime.security.CurrentRequest;
import org.o2c.runtime.security.Roles;
import org.o2c.runtime.time.BusinessDate;

@Path("/api/v1/price-lists")
@Tag(name = "Price agreements", description = "Price lists per legal entity and currency, contract prices per customer")
@Produces(MediaType.APPLICATION_JSON)
public class PriceListResource {
    static final String RULES = """
            At most one price list of a legal entity and currency holds on any day (validFrom to validTo, both \
            included; no validTo: until changed), so a product's list price on a day is never a choice; a product \
            is priced once per list.""";
    private static final String EXAMPLE = """
            {"legalEntity": "DE01", "currency": "EUR", "name": "Trade prices 2027", "validFrom": "2027-01-01",
             "validTo": "2027-12-31", "prices": [{"product": "KEG-PILS-50", "unitPrice": "119.50"},
             {"product": "KEG-DEPOSIT", "unitPrice": "30.00"}]}""";

    @Inject
    PricePublishing publishing;
    @Inject
    PriceAgreements agreements;
    @Inject
    IdempotentRequests idempotentRequests;
    @Inject
    CurrentRequest caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INTEGRATION, Roles.AR_MANAGER})
    @Operation(operationId = "publishPriceList", summary = "Publish a price list", description = RULES)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PriceListRequest.class),
            examples = @ExampleObject(name = "a year's trade prices", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Published; Location names it, ETag is its revision",
            headers = @Header(name = "ETag", description = "The list's revision, for If-Match"),
            content = @Content(schema = @Schema(implementation = PriceListView.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule, or the body is not valid JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The token does not act for the legal entity",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = """
            validTo before validFrom, another list of the legal entity and currency holding on one of its days \
            (no-overlap), its name taken (unique), a product twice (unique), or Idempotency-Key reused""",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response publish(
            @Parameter(description = "Makes a retried request take effect once", example = "erp-prices-2027")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid PriceListRequest request) {
        return idempotentRequests.execute(idempotencyKey, "POST /api/v1/price-lists", request, () -> {
            PriceListView published = publishing.publish(request, caller.legalEntities());
            return Response.created(URI.create("/api/v1/price-lists/" + published.id())).entity(published)
                    .tag(String.valueOf(published.revision())).build();
        });
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.INTEGRATION, Roles.AR_CLERK, Roles.AR_MANAGER, Roles.COLLECTOR, Roles.CREDIT_MANAGER,
            Roles.AUDITOR})
    @Operation(operationId = "getPriceList", summary = "Read a price list with its prices")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", description = "The list's revision"),
            content = @Content(schema = @Schema(implementation = PriceListView.class)))
    @APIResponse(responseCode = "404", description = "No such price list",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        PriceListView list = publishing.priceList(id, caller.legalEntities());
        return Response.ok(list).tag(String.valueOf(list.revision())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INTEGRATION, Roles.AR_MANAGER})
    @Operation(operationId = "revisePriceList", summary = "Revise a price list",
            description = "Replaces its validity and all its prices; the revision counts up. " + RULES)
    @APIResponse(responseCode = "200", description = "The list as revised",
            headers = @Header(name = "ETag", description = "The list's new revision"),
            content = @Content(schema = @Schema(implementation = PriceListView.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule, or the body is not valid JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such price list",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names another revision than the current one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "validTo before validFrom, an overlap, or a product twice",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response revise(@PathParam("id") UUID id,
                           @Parameter(description = "The ETag last read; the change is refused if the list has "
                                   + "been revised since", example = "\"1\"")
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull(message = "a JSON body is required") @Valid PriceListRevisionRequest request) {
        PriceListView revised = publishing.revise(id, ifMatch, request, caller.legalEntities());
        return Response.ok(revised).tag(String.valueOf(revised.revision())).build();
    }

    @GET
    @RolesAllowed({Roles.INTEGRATION, Roles.AR_CLERK, Roles.AR_MANAGER, Roles.COLLECTOR, Roles.CREDIT_MANAGER,
            Roles.AUDITOR})
    @Operation(operationId = "listPriceLists", summary = "List price lists",
            description = "By legal entity, currency and first day; without their prices.")
    @APIResponse(responseCode = "200", description = "One page of price lists")
    @APIResponse(responseCode = "400", description = "A query parameter breaks a rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The token does not act for the legal entity asked for",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<PriceListSummaryView> list(
            @Parameter(description = "Only price lists of this legal entity", example = "DE01")
            @QueryParam("legalEntity") @Pattern(regexp = "[A-Z0-9]{2,10}") String legalEntity,
            @Parameter(description = "Only price lists in this currency", example = "EUR")
            @QueryParam("currency") @CurrencyCode String currency,
            @Parameter(description = "Only price lists holding on this day", example = "2027-03-01")
            @QueryParam("on") @BusinessDate(futureYears = 10) LocalDate on,
            @Parameter(description = "Page number from 0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Items per page, up to 500") @QueryParam("size") @DefaultValue("50")
            @Min(1) @Max(Page.MAX_SIZE) int size) {
        caller.legalEntities().require("legalEntity", legalEntity);
        return agreements.priceLists(caller.legalEntities(), legalEntity, currency, on, page, size);
    }
}
