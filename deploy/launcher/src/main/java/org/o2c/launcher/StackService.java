package org.o2c.launcher;

import java.util.List;

/** One of the six services of the local stack, on its fixed port. */
record StackService(String name, int port) {
    /** Takes the demo data: customers and invoices. */
    static final StackService INVOICING = new StackService("invoicing", 8081);
    /** Serves the AR aging report. */
    static final StackService REPORTING = new StackService("reporting", 8086);
    static final List<StackService> ALL = List.of(
            INVOICING,
            new StackService("payments", 8082),
            new StackService("collections", 8083),
            new StackService("credit", 8084),
            new StackService("payables", 8085),
            REPORTING);

    String database() {
        return "o2c_" + name;
    }

    String topic() {
        return "o2c." + name + ".events";
    }

    String url() {
        return "http://localhost:" + port;
    }
}
