package org.o2c.runtime.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One broken rule on one field of a request. */
@Schema(description = "A rule that one field of the request broke")
public record Violation(
        @Schema(description = "JSON path of the offending field; null when the rule is about the request as a whole "
                + "or the document's state", example = "lines[0].quantity", nullable = true) String field,
        @Schema(description = "The rule, stable for programs", example = "positive") String rule,
        @Schema(description = "What is wrong, for people", example = "must be greater than 0") String message) {
}
