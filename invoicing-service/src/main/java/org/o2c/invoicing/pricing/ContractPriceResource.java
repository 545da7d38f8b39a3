package org.o2c.invoicing.pricing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
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
import org.o2c.runtime.problem.Problem;
import org.o2c.runtime.security.CurrentRequest;
import org.o2c.runtime.security.Roles;
import org.o2c.runtime.time.BusinessDate;

@Path("/api/v1/customers/{id}")
@Tag(name = "Price agreements")
@Produces(MediaType.APPLICATION_JSON)
public class ContractPriceResource {
    private static final String EXAMPLE = """
            {"prices": [{"product": "KEG-PILS-50", "unitPrice": "112.00", "validFrom": "2027-01-01",
              "validTo": "2027-06-30"},
             {"product": "KEG-PILS-50", "unitPrice": "114.00", "validFrom": "2027-07-01"}]}""";

    @Inject
    PricePublishing publishing;
    @Inject
    CurrentRequest caller;
    @Inject
    Clock clock;

    @GET
    @Path("contract-prices")
    @RolesAllowed({Roles.INTEGRATION, Roles.AR_CLERK, Roles.AR_MANAGER, Roles.COLLECTOR, Roles.CREDIT_MANAGER,
            Roles.AUDITOR})
    @Operation(operationId = "getContractPrices", summary = "Read the prices agreed with a customer")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", description = "The agreement's revision"),
            content = @Content(schema = @Schema(implementation = ContractPricesView.class)))
    @APIResponse(responseCode = "404", description = "No such customer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        ContractPricesView prices = publishing.contractPrices(id, caller.legalEntities());
        return Response.ok(prices).tag(String.valueOf(prices.revision())).build();
    }

    @PUT
    @Path("contract-prices")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INTEGRATION, Roles.AR_MANAGER})
    @Operation(operationId = "agreeContractPrices", summary = "Agree a customer's contract prices", description = """
            Replaces all the customer's contract prices, in its billing currency; the revision counts up. A product \
            may have several prices for times that do not overlap (validFrom to validTo, both included; no validTo: \
            until changed). A contract price holding on a day wins over the price list's.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ContractPricesRequest.class),
            examples = @ExampleObject(name = "a price for each half year", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The prices now agreed",
            headers = @Header(name = "ETag", description = "The agreement's new revision"),
            content = @Content(schema = @Schema(implementation = ContractPricesView.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule, or the body is not valid JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such customer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names another revision than the current one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "validTo before validFrom, or two prices of a product overlap",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response agree(@PathParam("id") UUID id,
                          @Parameter(description = "The ETag last read; the change is refused if the prices have "
                                  + "changed since", example = "\"1\"")
                          @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @NotNull(message = "a JSON body is required") @Valid ContractPricesRequest request) {
        ContractPricesView prices = publishing.agree(id, ifMatch, request, caller.legalEntities());
        return Response.ok(prices).tag(String.valueOf(prices.revision())).build();
    }

    @GET
    @Path("agreed-price")
    @RolesAllowed({Roles.INTEGRATION, Roles.AR_CLERK, Roles.AR_MANAGER, Roles.COLLECTOR, Roles.CREDIT_MANAGER,
            Roles.AUDITOR})
    @Operation(operationId = "getAgreedPrice", summary = "The price a customer pays for a product on a day",
            description = """
                    Its contract price holding on the day, else the price on the price list of its legal entity and \
                    billing currency holding on the day.""")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AgreedPriceView.class)))
    @APIResponse(responseCode = "400", description = "A query parameter breaks a rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such customer, or nothing prices the product on the day",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AgreedPriceView agreedPrice(
            @PathParam("id") UUID id,
            @Parameter(description = "The product's code", required = true, example = "KEG-PILS-50")
            @QueryParam("product") @NotNull @Pattern(regexp = PriceListRequest.PRODUCT_CODE,
                    message = PriceListRequest.PRODUCT_RULE) String product,
            @Parameter(description = "The day; today when absent", example = "2027-03-01")
            @QueryParam("on") @BusinessDate(futureYears = 10) LocalDate on) {
        return publishing.agreedPrice(id, product, on == null ? LocalDate.now(clock) : on, caller.legalEntities());
    }
}
