package org.o2c.runtime.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details body, sent as {@code application/problem+json}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(description = "Stable identifier of the kind of problem", example = "urn:o2c:problem:validation-failed")
        String type,
        @Schema(description = "Short summary of the kind of problem", example = "Request is not valid") String title,
        @Schema(description = "HTTP status", example = "400") int status,
        @Schema(description = "What went wrong with this request", example = "2 rules are broken") String detail,
        @Schema(description = "The request path", example = "/api/v1/invoices") String instance,
        @Schema(description = "Every field that broke a rule") List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
