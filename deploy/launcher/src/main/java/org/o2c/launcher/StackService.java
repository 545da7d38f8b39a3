package org.o2c.launcher;

import java.util.List;

/** One of the six services of the local stack, on its fixed port. */
record StackService(String name, int port) {
    /** Customers, invoices, credit notes. */
    static final StackService INVOICING = new StackService("invoicing", 8081);
    static final StackService PAYMENTS = new StackService("payments", 8082);
    static final StackService COLLECTIONS = new StackService("collections", 8083);
    static final StackService CREDIT = new StackService("credit", 8084);
    static final StackService PAYABLES = new StackService("payables", 8085);
    /** Serves the reports: AR and AP aging, DSO, statements. */
    static final StackService REPORTING = new StackService("reporting", 8086);
    static final List<StackService> ALL = List.of(INVOICING, PAYMENTS, COLLECTIONS, CREDIT, PAYABLES, REPORTING);

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
