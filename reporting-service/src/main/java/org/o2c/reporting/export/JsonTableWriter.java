package org.o2c.reporting.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

/** A JSON array of objects keyed by the column names; amounts as strings, as everywhere in the API. */
final class JsonTableWriter implements TableWriter {
    private static final JsonFactory JSON = new JsonFactory();

    private final JsonGenerator generator;
    private List<Column> columns;

    JsonTableWriter(OutputStream out) throws IOException {
        generator = JSON.createGenerator(out, JsonEncoding.UTF8);
        generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    @Override
    public void header(List<Column> columns) throws IOException {
        this.columns = columns;
        generator.writeStartArray();
    }

    @Override
    public void row(Object... values) throws IOException {
        generator.writeStartObject();
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            generator.writeFieldName(columns.get(i).name());
            if (value == null) {
                generator.writeNull();
            } else if (value instanceof BigDecimal amount) {
                generator.writeString(amount.toPlainString());
            } else if (value instanceof Long || value instanceof Integer) {
                generator.writeNumber(((Number) value).longValue());
            } else {
                generator.writeString(value.toString());
            }
        }
        generator.writeEndObject();
    }

    @Override
    public void close() throws IOException {
        generator.writeEndArray();
        generator.flush();
    }
}
