package org.o2c.reporting.export;

import jakarta.ws.rs.core.HttpHeaders;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/**
 * The formats the ledger exports come in: CSV (RFC 4180, UTF-8, comma, a header row), XLSX (one sheet, numbers as
 * numbers, dates as dates) and JSON (an array of objects, amounts as strings). Chosen by the {@code format} query
 * parameter, else by the {@code Accept} header, else JSON.
 */
public enum ExportFormat {
    CSV("text/csv", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    JSON("application/json", "json");

    public static final String VALUES = "csv|xlsx|json";

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String fileName(String name) {
        return name + "." + extension;
    }

    /** {@code format} when given (already validated against {@link #VALUES}), else the first one Accept names. */
    public static ExportFormat chosen(String format, HttpHeaders headers) {
        if (format != null) {
            return valueOf(format.toUpperCase(Locale.ROOT));
        }
        for (var accepted : headers.getAcceptableMediaTypes()) {
            for (ExportFormat candidate : values()) {
                if (accepted.isCompatible(jakarta.ws.rs.core.MediaType.valueOf(candidate.mediaType))
                        && !accepted.isWildcardType()) {
                    return candidate;
                }
            }
        }
        return JSON;
    }

    public TableWriter open(OutputStream out, String title) throws IOException {
        return switch (this) {
            case CSV -> new CsvTableWriter(out);
            case XLSX -> new XlsxTableWriter(out, title);
            case JSON -> new JsonTableWriter(out);
        };
    }
}
