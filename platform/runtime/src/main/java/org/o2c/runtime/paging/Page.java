package org.o2c.runtime.paging;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list. Pages count from 0. */
public record Page<T>(
        @Schema(description = "The items of this page") List<T> items,
        @Schema(description = "Page number, from 0", example = "0") int page,
        @Schema(description = "Items per page", example = "50") int size,
        @Schema(description = "Items in all pages", example = "1234") long totalItems) {

    public static final int MAX_SIZE = 500;
}
