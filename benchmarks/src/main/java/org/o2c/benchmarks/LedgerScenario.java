package org.o2c.benchmarks;

import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * {@code ./o2c bench ledger}: first, a bulk load of invoices through {@code POST /api/v1/invoice-batches}, timed until
 * the general ledger has posted every one (posting must keep up with the bulk path end to end); then the read side at
 * volume: {@code --lines} journal lines (10,000,000) are written for a legal entity of the run's own by a documented
 * bulk path, and the trial balance, an account's lines, a document's entries and a month's journal export are timed
 * through the running reporting-service.
 *
 * <p>The bulk path writes, with {@code INSERT ... SELECT} over {@code generate_series} in reporting's database, the
 * rows the journal projection writes for the posting rules' shapes: per paid invoice an InvoiceIssued entry (AR
 * control 1100 debit gross, revenue 4190 and output VAT 2490 credit), a PaymentReceived entry (bank clearing 1200
 * debit, unapplied cash 2100 credit) and a PaymentApplied entry (2100 debit, 1100 credit), seven lines, balanced,
 * dated over the last 365 days, and then the day balances summed from those lines. Real entries of real shapes;
 * only Kafka and Axon are skipped, because posting ten million lines through them would take hours on this machine.
 */
final class LedgerScenario {
    private static final int LINES_PER_INVOICE = 7;
    private static final int CHUNK_INVOICES = 100_000;

    private final Stack stack;
    private final PrintStream out;
    private final Report report;
    private final HttpClient http = HttpClient.newHttpClient();

    LedgerScenario(Stack stack, PrintStream out, Report report) {
        this.stack = stack;
        this.out = out;
        this.report = report;
    }

    void run(Options options) throws Exception {
        int invoiceTarget = options.integer("invoices", 100_000);
        int customerTarget = options.integer("customers", 5_000);
        long lineTarget = options.integer("lines", 10_000_000);
        Duration budget = options.seconds("seed-seconds", 300);
        Duration catchUpLimit = options.seconds("catch-up-seconds", 240);
        int calls = options.integer("calls", 30);
        options.requireAllKnown();

        String runId = Long.toString(System.currentTimeMillis(), 36);
        String token = stack.tokens().token("bench-ledger", List.of("integration", "auditor"), Duration.ofHours(2));
        postingKeepsUp(runId, token, invoiceTarget, customerTarget, budget, catchUpLimit);

        String entity = "BL" + runId.substring(runId.length() - 4).toUpperCase();
        long invoices = lineTarget / LINES_PER_INVOICE;
        double seconds = bulkLoad(entity, invoices);
        report.table("bulk", "Journal lines written by the bulk path (one legal entity)", "legal entity",
                "journal entries", "journal lines", "seconds", "lines/s")
                .row(entity, invoices * 3, invoices * LINES_PER_INVOICE, seconds,
                        invoices * LINES_PER_INVOICE / seconds);

        LocalDate today = LocalDate.now();
        String ledger = Stack.url("reporting") + "/api/v1/ledger";
        Report.Table latency = report.table("ledger-latency", "Read side at " + invoices * LINES_PER_INVOICE
                + " journal lines (ms)", "request", "calls", "p50", "p99", "max");
        time(latency, token, "trial balance, the year to date", () -> ledger + "/trial-balance?legalEntity=" + entity
                + "&from=" + today.withDayOfYear(1) + "&asOf=" + today, calls);
        time(latency, token, "trial balance, last month", () -> ledger + "/trial-balance?legalEntity=" + entity
                + "&from=" + YearMonth.from(today).minusMonths(1).atDay(1) + "&asOf="
                + YearMonth.from(today).minusMonths(1).atEndOfMonth(), calls);
        time(latency, token, "AR control 1100, a month's first page of 50", () -> ledger + "/accounts/1100/lines?"
                + "legalEntity=" + entity + "&from=" + today.minusMonths(2) + "&to=" + today.minusMonths(1), calls);
        time(latency, token, "AR control 1100, a month's page 100", () -> ledger + "/accounts/1100/lines?"
                + "legalEntity=" + entity + "&from=" + today.minusMonths(2) + "&to=" + today.minusMonths(1)
                + "&page=100", calls);
        java.util.Random random = new java.util.Random(11);
        time(latency, token, "entries of one document", () -> ledger + "/entries?documentId="
                + documentId(entity, 1 + random.nextInt((int) invoices)), calls);

        YearMonth month = YearMonth.from(today).minusMonths(2);
        Report.Table export = report.table("ledger-export",
                "Journal export of one month, read to the end by the client",
                "format", "lines", "bytes", "seconds", "lines/s");
        for (String format : List.of("csv", "json")) {
            exportMonth(export, token, ledger + "/" + entity + "/exports/journal?period=" + month + "&format=" + format,
                    format);
        }
        report.note("The bulk path is described in LedgerScenario: real entries of the posting rules' shapes written "
                + "to reporting's tables; the read side is measured through the running service, one client, after two "
                + "warm-up calls.");
    }

    /** Seeds invoices through the bulk API and waits until the ledger has posted an entry for each. */
    private void postingKeepsUp(String runId, String token, int invoiceTarget, int customerTarget, Duration budget,
                                Duration catchUpLimit) throws Exception {
        PlatformApi api = new PlatformApi(stack.tokens().token("bench-seed", "integration"),
                Stack.url("invoicing"), Stack.url("reporting"));
        long before = postedInvoices();
        Seeder seeder = new Seeder(api, out, runId, LegalEntity.first(4));
        int issueDays = api.openDays(LegalEntity.first(4), 365);
        CpuMeter cpu = new CpuMeter(stack, Map.of());
        Map<String, Double> cpuBefore = cpu.read();
        long start = System.nanoTime();
        Seeder.Result seeded = seeder.seed(invoiceTarget, customerTarget, Seeder.BATCH_CLIENTS, Seeder.BATCH_SIZE,
                Seeder.CHUNK_CUSTOMERS, budget, issueDays);
        out.printf("bench: seeded %d invoices in %.0f s (%.1f/s); waiting for the ledger%n", seeded.invoices(),
                seeded.seconds(), seeded.invoicesPerSecond());
        long expected = before + seeded.invoices();
        long posted = before;
        while (System.nanoTime() - start < budget.toNanos() + catchUpLimit.toNanos()) {
            posted = postedInvoices();
            if (posted >= expected) {
                break;
            }
            Thread.sleep(1000);
        }
        double postedAfter = (System.nanoTime() - start) / 1e9;
        Map<String, Double> cores = CpuMeter.cores(cpuBefore, cpu.read(), postedAfter);
        boolean caughtUp = posted >= expected;
        report.table("posting", "Bulk load through POST /api/v1/invoice-batches until the ledger posted every invoice",
                "invoices", "seeding s", "seeding invoices/s", "all posted after s", "end-to-end invoices/s",
                "reporting cores", "machine cores")
                .row(seeded.invoices(), seeded.seconds(), seeded.invoicesPerSecond(), caughtUp ? postedAfter : null,
                        caughtUp ? seeded.invoices() / postedAfter : null, cores.get("reporting"),
                        cores.get("machine"));
        report.headline("posting end-to-end invoices/s", caughtUp ? seeded.invoices() / postedAfter : 0);
        if (!seeded.errors().isEmpty()) {
            report.note("Seeding errors by kind: " + seeded.errors());
        }
        if (!caughtUp) {
            report.note("The ledger had posted " + (posted - before) + " of " + seeded.invoices() + " invoices "
                    + catchUpLimit.toSeconds() + " s after seeding ended.");
        }
    }

    private long postedInvoices() throws Exception {
        return postedInvoices(stack);
    }

    /** Invoices the general ledger has posted, counted in reporting-service's database. */
    static long postedInvoices(Stack stack) throws Exception {
        try (Connection c = stack.postgres().connect("o2c_reporting"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(
                     "SELECT count(*) FROM journal_entry WHERE source_event_type = 'InvoiceIssued.v1'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private double bulkLoad(String entity, long invoices) throws Exception {
        out.printf("bench: writing %d journal lines for %s by the bulk path%n", invoices * LINES_PER_INVOICE, entity);
        long start = System.nanoTime();
        try (Connection c = stack.postgres().connect("o2c_reporting")) {
            try (PreparedStatement accounts = c.prepareStatement("""
                    INSERT INTO ledger_account (legal_entity, account, name, type) VALUES
                    (?, '1100', 'Trade receivables', 'ASSET'), (?, '1200', 'Bank clearing', 'ASSET'),
                    (?, '2100', 'Unapplied cash and customer advances', 'LIABILITY'),
                    (?, '2490', 'Output VAT 19%', 'LIABILITY'), (?, '4190', 'Revenue 19%', 'INCOME')""")) {
                for (int i = 1; i <= 5; i++) {
                    accounts.setString(i, entity);
                }
                accounts.executeUpdate();
            }
            for (long from = 1; from <= invoices; from += CHUNK_INVOICES) {
                long to = Math.min(invoices, from + CHUNK_INVOICES - 1);
                chunk(c, entity, from, to);
                out.printf("bench: %d of %d invoices' entries written (%.0f s)%n", to, invoices,
                        (System.nanoTime() - start) / 1e9);
            }
            try (PreparedStatement days = c.prepareStatement("""
                    INSERT INTO ledger_day_balance (legal_entity, account, currency, day, debit, credit, lines)
                    SELECT legal_entity, account, currency, accounting_date, sum(debit), sum(credit), count(*)
                    FROM journal_line WHERE legal_entity = ?
                    GROUP BY legal_entity, account, currency, accounting_date""")) {
                days.setString(1, entity);
                days.executeUpdate();
            }
            try (Statement analyze = c.createStatement()) {
                analyze.execute("ANALYZE journal_line");
                analyze.execute("ANALYZE journal_entry");
                analyze.execute("ANALYZE ledger_day_balance");
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * The entries of invoices {@code from..to}: invoice i is dated (i mod 365) days back, its gross is 1.19 to
     * 5,950.00, paid and applied three days later (or on its own day when that is in the future).
     */
    private static void chunk(Connection c, String entity, long from, long to) throws Exception {
        String invoices = """
                SELECT i, CURRENT_DATE - (i % 365)::int AS d,
                       least(CURRENT_DATE, CURRENT_DATE - (i % 365)::int + 3) AS paid,
                       ((i % 5000) + 1) * 1.19 AS gross, ((i % 5000) + 1)::numeric AS net,
                       ((i % 5000) + 1) * 0.19 AS tax,
                       timestamp '2026-01-01' + i * interval '1 millisecond' AS at
                FROM generate_series(?::bigint, ?::bigint) i""";
        try (PreparedStatement entries = c.prepareStatement("""
                INSERT INTO journal_entry (entry_id, legal_entity, currency, accounting_date, document_date,
                    source_event_type, source_event_id, source_type, source_id, source_number, customer_id,
                    supplier_id, description, occurred_at, posted_at)
                SELECT md5(?::text || k || i)::uuid, ?, 'EUR', CASE k WHEN 'i' THEN d ELSE paid END,
                       CASE k WHEN 'i' THEN d ELSE paid END,
                       CASE k WHEN 'i' THEN 'InvoiceIssued.v1' WHEN 'r' THEN 'PaymentReceived.v1'
                            ELSE 'PaymentApplied.v1' END,
                       ?::text || k || i, CASE k WHEN 'i' THEN 'INVOICE' ELSE 'PAYMENT' END,
                       md5(?::text || CASE k WHEN 'i' THEN 'doc' ELSE 'pay' END || i)::uuid,
                       CASE k WHEN 'i' THEN 'BL-' || i END, md5(?::text || 'customer' || (i % 50000))::uuid, NULL,
                       CASE k WHEN 'i' THEN 'Invoice BL-' || i WHEN 'r' THEN 'Payment received'
                            ELSE 'Payment applied to invoice BL-' || i END,
                       at + CASE k WHEN 'i' THEN interval '0' WHEN 'r' THEN interval '1 second'
                            ELSE interval '2 seconds' END, now()
                FROM (""" + invoices + ") x CROSS JOIN (VALUES ('i'), ('r'), ('a')) kinds(k)")) {
            entries.setString(1, entity);
            entries.setString(2, entity);
            entries.setString(3, entity);
            entries.setString(4, entity);
            entries.setString(5, entity);
            entries.setLong(6, from);
            entries.setLong(7, to);
            entries.executeUpdate();
        }
        try (PreparedStatement lines = c.prepareStatement("""
                INSERT INTO journal_line (entry_id, line_number, legal_entity, account, currency, accounting_date,
                    occurred_at, debit, credit, open_item_id)
                SELECT md5(?::text || l.k || i)::uuid, l.n, ?, l.account, 'EUR',
                       CASE l.k WHEN 'i' THEN d ELSE paid END,
                       at + CASE l.k WHEN 'i' THEN interval '0' WHEN 'r' THEN interval '1 second'
                            ELSE interval '2 seconds' END,
                       CASE l.side WHEN 'D' THEN CASE l.amount WHEN 'gross' THEN gross WHEN 'net' THEN net
                            ELSE tax END ELSE 0 END,
                       CASE l.side WHEN 'C' THEN CASE l.amount WHEN 'gross' THEN gross WHEN 'net' THEN net
                            ELSE tax END ELSE 0 END,
                       CASE WHEN l.account = '1100' THEN md5(?::text || 'doc' || i)::uuid END
                FROM (""" + invoices + """
                ) x CROSS JOIN (VALUES ('i', 1, '1100', 'D', 'gross'), ('i', 2, '4190', 'C', 'net'),
                    ('i', 3, '2490', 'C', 'tax'), ('r', 1, '1200', 'D', 'gross'), ('r', 2, '2100', 'C', 'gross'),
                    ('a', 1, '2100', 'D', 'gross'), ('a', 2, '1100', 'C', 'gross'))
                    l(k, n, account, side, amount)""")) {
            lines.setString(1, entity);
            lines.setString(2, entity);
            lines.setString(3, entity);
            lines.setLong(4, from);
            lines.setLong(5, to);
            lines.executeUpdate();
        }
    }

    private static String documentId(String entity, long invoice) throws Exception {
        byte[] digest = java.security.MessageDigest.getInstance("MD5")
                .digest((entity + "doc" + invoice).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        StringBuilder hex = new StringBuilder();
        for (byte b : digest) {
            hex.append(String.format("%02x", b));
        }
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20);
    }

    private void time(Report.Table table, String token, String name, ThrowingSupplier<String> url, int calls)
            throws Exception {
        Histogram histogram = Percentiles.histogram();
        for (int i = 0; i < 2; i++) {
            get(token, url.get());
        }
        for (int i = 0; i < calls; i++) {
            String next = url.get();
            long sent = System.nanoTime();
            get(token, next);
            Percentiles.recordMicros(histogram, (System.nanoTime() - sent) / 1000);
        }
        Percentiles p = Percentiles.of(histogram);
        table.row(name, p.count(), p.p50(), p.p99(), p.max());
        out.printf("bench: %s: p50 %.1f ms, p99 %.1f ms%n", name, p.p50(), p.p99());
        if (name.startsWith("trial balance, the year")) {
            report.headline("trial balance p99 ms", p.p99());
        }
    }

    private void get(String token, String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + response.statusCode() + ": "
                    + response.body());
        }
    }

    private void exportMonth(Report.Table table, String token, String url, String format) throws Exception {
        long start = System.nanoTime();
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        long bytes = 0;
        long newlines = 0;
        try (InputStream body = response.body()) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                bytes += n;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == (format.equals("csv") ? '\n' : '}')) {
                        newlines++;
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long lines = format.equals("csv") ? newlines - 1 : newlines;
        table.row(format, lines, bytes, seconds, lines / seconds);
        out.printf("bench: journal export %s: %d lines in %.1f s%n", format, lines, seconds);
        if (format.equals("csv")) {
            report.headline("journal export csv lines/s", lines / seconds);
        }
    }

    @FunctionalInterface
    private interface ThrowingSupplier<T> {
        T get() throws Exception;
    }
}
