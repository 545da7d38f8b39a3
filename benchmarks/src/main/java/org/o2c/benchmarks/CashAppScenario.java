package org.o2c.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.o2c.testing.bank.Camt053File;

/**
 * Scenario {@code cashapp}: bank statements of a realistic remittance mix against the open items of the ledger
 * (seeded through the bulk path first when there are fewer than asked), imported file by file through
 * {@code POST /api/v1/bank-statements}; then every line is judged against what the bench knows it pays: applied
 * automatically and correctly, applied wrongly, left with the right item as first suggestion, or left otherwise.
 * Times the import with its matching, and until the aging no longer counts what was paid.
 */
final class CashAppScenario {
    /** What a payer wrote, and the share of lines written so. */
    enum Kind {
        REFERENCE(30, "the invoice number as structured reference"),
        FREE_TEXT(20, "the invoice number in free text, prefix and spacing its own"),
        TYPO(10, "the invoice number in free text with two digits swapped"),
        SEVERAL(10, "one payment for 2 to 5 invoices of a customer, all numbers named"),
        SHORT(8, "the invoice number, paying 95 to 99.5 % of it"),
        DISCOUNT(5, "the invoice number, less a 2 % early-payment discount"),
        NAME_ONLY(7, "only the payer's name, the amount of one of its invoices"),
        UNKNOWN(5, "an unknown payer and amount"),
        ACCOUNT_ONLY(5, "no words but the payer's account, the amount of an open invoice");

        final int percent;
        final String description;

        Kind(int percent, String description) {
            this.percent = percent;
            this.description = description;
        }
    }

    /** A line and what it pays: its customer and invoices (none for an unknown payer). */
    private record Planned(Kind kind, UUID customer, Set<UUID> invoices) {
    }

    private record Item(UUID invoiceId, UUID customerId, String customerName, String number, BigDecimal open,
                        String legalEntity, String currency) {
    }

    private final Stack stack;
    private final PrintStream out;
    private final Report report;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    CashAppScenario(Stack stack, PrintStream out, Report report) {
        this.stack = stack;
        this.out = out;
        this.report = report;
    }

    void run(Options options) throws Exception {
        int openTarget = options.integer("open-items", 1_000_000);
        int customerTarget = options.integer("customers", 50_000);
        int lineTarget = options.integer("lines", 100_000);
        int perFile = options.integer("lines-per-file", 500);
        Duration budget = options.seconds("seed-seconds", 1200);
        Duration catchUp = options.seconds("catch-up-seconds", 600);
        int entityCount = options.integer("legal-entities", 4);
        Duration ledgerLimit = options.seconds("ledger-seconds", 2400);
        boolean filesApart = options.flag("files-apart", false);
        options.requireAllKnown();
        String runId = Long.toString(System.currentTimeMillis(), 36);
        List<LegalEntity> entities = LegalEntity.first(entityCount);

        long open = openItems();
        if (open < openTarget) {
            seed(runId, openTarget - open, customerTarget, entities, budget, catchUp);
            open = openItems();
        }
        awaitLedger(ledgerLimit);
        vacuumLedger();
        out.printf("bench: %d open items in the receivables ledger; planning %d lines%n", open, lineTarget);
        report.headline("open items", open);

        String manager = "Bearer " + stack.tokens().token("bench-manager", List.of("ar-manager"), Duration.ofHours(4));
        String clerk = "Bearer " + stack.tokens().token("bench-clerk", List.of("ar-clerk"), Duration.ofHours(4));
        Map<String, String> accounts = new LinkedHashMap<>();
        for (LegalEntity entity : entities) {
            String number = "BENCH" + entity.code() + runId.toUpperCase();
            post(manager, "/api/v1/bank-accounts", "application/json", PlatformApi.JSON.writeValueAsBytes(Map.of(
                    "legalEntity", entity.code(), "name", "Bench " + entity.code(), "accountNumber", number,
                    "currency", entity.currency(), "clearingAccount", "1200")), 201);
            accounts.put(entity.code(), number);
        }

        Random random = new Random(20261204);
        Map<String, List<Planned>> plansByEntity = new LinkedHashMap<>();
        Map<String, Camt053File> files = new LinkedHashMap<>();
        List<List<Planned>> filePlans = new ArrayList<>();
        List<Item> sample = sample(lineTarget * 2);
        Map<UUID, List<Item>> byCustomer = customersItems(sample);
        int made = 0;
        int fileNumber = 0;
        Map<String, Camt053File> current = new HashMap<>();
        Map<String, List<Planned>> currentPlans = new HashMap<>();
        int cursor = 0;
        Set<UUID> used = new HashSet<>();
        while (made < lineTarget && cursor < sample.size()) {
            Item item = sample.get(cursor++);
            if (!used.add(item.invoiceId())) {
                continue; // paid already by a line for several invoices
            }
            Kind kind = kind(random);
            Camt053File file = current.computeIfAbsent(item.legalEntity(), le -> new Camt053File(
                    "BENCH-" + runId + "-" + le + "-" + files.size(), accounts.get(le), item.currency(),
                    LocalDate.now(), "0.00"));
            List<Planned> plans = currentPlans.computeIfAbsent(item.legalEntity(), le -> new ArrayList<>());
            List<Item> unpaid = byCustomer.getOrDefault(item.customerId(), List.of()).stream()
                    .filter(i -> !i.invoiceId().equals(item.invoiceId()) && !used.contains(i.invoiceId())).toList();
            List<Item> ofCustomer = new ArrayList<>(List.of(item));
            ofCustomer.addAll(unpaid);
            Planned planned = write(file, kind, item, ofCustomer, random);
            used.addAll(planned.invoices());
            plans.add(planned);
            made++;
            if (plans.size() == perFile) {
                files.put("file " + fileNumber++, file);
                filePlans.add(plans);
                current.remove(item.legalEntity());
                currentPlans.remove(item.legalEntity());
            }
        }
        for (String le : new ArrayList<>(current.keySet())) {
            files.put("file " + fileNumber++, current.get(le));
            filePlans.add(currentPlans.get(le));
        }

        Path log = stack.root().resolve(".o2c/logs/payments.log");
        long logFrom = Files.exists(log) ? Files.size(log) : 0;
        long startedAt = System.nanoTime();
        List<UUID> statements = new ArrayList<>();
        int applied = 0;
        byte[] first = null;
        int f = 0;
        for (Camt053File file : files.values()) {
            byte[] bytes = file.bytes();
            first = first == null ? bytes : first;
            long sent = System.nanoTime();
            JsonNode answer = post(clerk, "/api/v1/bank-statements", "application/xml", bytes, 201);
            statements.add(UUID.fromString(answer.path("statements").path(0).path("statementId").asText()));
            applied += answer.path("appliedAutomatically").asInt();
            out.printf("bench: %s of %d lines imported and matched in %.1f s (%d applied, %d waiting)%n",
                    "file " + f++, filePlans.get(f - 1).size(), (System.nanoTime() - sent) / 1e9,
                    answer.path("appliedAutomatically").asInt(), answer.path("waiting").asInt());
            if (filesApart) {
                awaitAging(catchUp);
                awaitPaymentsPosted(catchUp);
            }
        }
        if (filesApart) {
            report.note("--files-apart: each file was sent once the aging counted what the file before it paid and the "
                    + "general ledger had posted its payments, as files come from a bank, so the matching of a file "
                    + "did not share the machine with the ledger's and the projections' work on the one before; the "
                    + "import time includes those waits.");
        }
        double importSeconds = (System.nanoTime() - startedAt) / 1e9;
        double matchingSeconds = matchingSeconds(log, logFrom);
        int duplicate = status(clerk, "/api/v1/bank-statements", first);
        boolean agrees = awaitAging(catchUp);
        double visibleAfter = (System.nanoTime() - startedAt) / 1e9;

        judge(statements, filePlans, made, importSeconds, visibleAfter, agrees, duplicate);
        report.headline("matching s (lookups and scores, without applying)", matchingSeconds);
        report.headline("lines", made);
        report.headline("import and matching s", importSeconds);
        report.headline("lines applied automatically", applied);
    }

    /** Compares each line's outcome with what it pays. */
    private void judge(List<UUID> statements, List<List<Planned>> plans, int lines, double importSeconds,
                       double visibleAfter, boolean visible, int duplicateStatus) throws Exception {
        Map<Kind, int[]> byKind = new EnumMap<>(Kind.class);
        int right = 0;
        int wrong = 0;
        int suggested = 0;
        int left = 0;
        try (Connection c = stack.postgres().connect("o2c_payments");
             PreparedStatement select = c.prepareStatement("""
                SELECT l.line_number, l.status, l.customer_id, l.suggestions,
                       (SELECT array_agg(pa.invoice_id::text) FROM payment_application pa
                        WHERE pa.payment_id = l.payment_id) AS invoices
                FROM bank_line l WHERE l.statement_id = ? ORDER BY l.line_number""")) {
            for (int s = 0; s < statements.size(); s++) {
                select.setObject(1, statements.get(s));
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        Planned plan = plans.get(s).get(rs.getInt(1) - 1);
                        int[] counts = byKind.computeIfAbsent(plan.kind(), k -> new int[5]);
                        counts[0]++;
                        if (rs.getString(2).equals("APPLIED")) {
                            Set<UUID> invoices = new TreeSet<>();
                            Array array = rs.getArray(5);
                            if (array != null) {
                                for (Object id : (Object[]) array.getArray()) {
                                    invoices.add(UUID.fromString((String) id));
                                }
                            }
                            boolean correct = plan.customer() != null
                                    && plan.customer().equals(rs.getObject(3, UUID.class))
                                    && (invoices.equals(plan.invoices()) || plan.kind() == Kind.NAME_ONLY);
                            counts[correct ? 1 : 2]++;
                            right += correct ? 1 : 0;
                            wrong += correct ? 0 : 1;
                        } else {
                            JsonNode suggestions = PlatformApi.JSON.readTree(rs.getString(4) == null ? "[]"
                                    : rs.getString(4));
                            JsonNode best = suggestions.path(0);
                            Set<UUID> named = new TreeSet<>();
                            best.path("allocations").forEach(a -> named.add(UUID.fromString(a.path("invoiceId")
                                    .asText())));
                            boolean rightFirst = plan.customer() != null && !best.isMissingNode()
                                    && plan.customer().toString().equals(best.path("customerId").asText())
                                    && named.equals(plan.invoices());
                            counts[rightFirst ? 3 : 4]++;
                            suggested += rightFirst ? 1 : 0;
                            left += rightFirst ? 0 : 1;
                        }
                    }
                }
            }
        }
        Report.Table kinds = report.table("mix", "Lines by what the payer wrote", "kind", "share %", "lines",
                "applied correctly", "applied wrongly", "left, right item first", "left otherwise");
        for (Map.Entry<Kind, int[]> kind : byKind.entrySet()) {
            int[] n = kind.getValue();
            kinds.row(kind.getKey().description, kind.getKey().percent, n[0], n[1], n[2], n[3], n[4]);
        }
        int identifying = 0;
        int identifyingRight = 0;
        for (Kind kind : List.of(Kind.REFERENCE, Kind.FREE_TEXT, Kind.TYPO, Kind.SEVERAL)) {
            int[] n = byKind.getOrDefault(kind, new int[5]);
            identifying += n[0];
            identifyingRight += n[1];
        }
        Report.Table rates = report.table("rates", "Match rates", "lines", "applied correctly %",
                "applied wrongly %", "left with the right item first %", "left otherwise %",
                "lines identifying one item or set, applied correctly %");
        rates.row(lines, 100.0 * right / lines, 100.0 * wrong / lines, 100.0 * suggested / lines,
                100.0 * left / lines, identifying == 0 ? null : 100.0 * identifyingRight / identifying);
        Report.Table timing = report.table("timing", "Import, matching and the aging", "files", "seconds to import "
                + "and match", "lines/s", "seconds until the aging agrees", "duplicate file answered");
        timing.row(statements.size(), importSeconds, lines / importSeconds, visible ? visibleAfter : null,
                duplicateStatus);
        report.headline("applied correctly %", 100.0 * right / lines);
        report.headline("applied wrongly %", 100.0 * wrong / lines);
        report.note("The seeded invoices offer no early-payment discount and the legal entities write nothing off: a "
                + "line paying an invoice less 2 % or short is applied to it and the rest kept open as a deduction. "
                + "Lines of one file are matched in one request, against the ledger as it was when the file arrived.");
    }

    /** The time payments-service logged for matching (reading the ledger and scoring) since {@code from}. */
    private static double matchingSeconds(Path log, long from) throws IOException {
        if (!Files.exists(log)) {
            return Double.NaN;
        }
        byte[] all = Files.readAllBytes(log);
        String added = new String(all, (int) Math.min(from, all.length), (int) Math.max(0, all.length - from),
                StandardCharsets.UTF_8);
        Matcher matched = Pattern
                .compile("cash application: \\d+ lines matched in (\\d+) ms").matcher(added);
        long millis = 0;
        while (matched.find()) {
            millis += Long.parseLong(matched.group(1));
        }
        return millis / 1000.0;
    }

    private static Kind kind(Random random) {
        int roll = random.nextInt(100);
        for (Kind kind : Kind.values()) {
            if (roll < kind.percent) {
                return kind;
            }
            roll -= kind.percent;
        }
        return Kind.REFERENCE;
    }

    private static Planned write(Camt053File file, Kind kind, Item item, List<Item> ofCustomer, Random random) {
        String amount = item.open().toPlainString();
        String customersAccount = "DE02" + String.format("%018d",
                Math.abs(item.customerId().getMostSignificantBits()) % 1_000_000_000_000_000L);
        String payerAccount = random.nextBoolean() ? customersAccount : null;
        Set<UUID> one = Set.of(item.invoiceId());
        switch (kind) {
            case REFERENCE -> file.credit(amount, null, item.number(), item.customerName(), payerAccount);
            case FREE_TEXT -> file.credit(amount, "Rechnung Nr. " + item.number().replace("-", " ") + " Danke", null,
                    item.customerName(), payerAccount);
            case TYPO -> file.credit(amount, "RE " + swapped(item.number()), null, item.customerName(), payerAccount);
            case SEVERAL -> {
                List<Item> several = ofCustomer.subList(0, Math.min(ofCustomer.size(), 2 + random.nextInt(4)));
                BigDecimal total = several.stream().map(Item::open).reduce(BigDecimal.ZERO, BigDecimal::add);
                file.credit(total.toPlainString(), String.join(", ", several.stream().map(Item::number).toList()),
                        null, item.customerName(), payerAccount);
                Set<UUID> invoices = new TreeSet<>();
                several.forEach(i -> invoices.add(i.invoiceId()));
                return new Planned(kind, item.customerId(), invoices);
            }
            case SHORT -> file.credit(item.open().multiply(BigDecimal.valueOf(950 + random.nextInt(46)))
                    .divide(BigDecimal.valueOf(1000), 2, RoundingMode.HALF_UP).toPlainString(), item.number(), null,
                    item.customerName(), payerAccount);
            case DISCOUNT -> file.credit(item.open().multiply(new BigDecimal("0.98")).setScale(2,
                    RoundingMode.HALF_UP).toPlainString(), item.number() + " abzgl. 2% Skonto", null,
                    item.customerName(), payerAccount);
            case NAME_ONLY -> file.credit(amount, "Zahlung", null, item.customerName(), null);
            case UNKNOWN -> {
                file.credit(BigDecimal.valueOf(1000 + random.nextInt(900_000), 2).toPlainString(), "Danke",
                        null, "Unbekannt " + random.nextInt(1000), null);
                return new Planned(kind, null, Set.of());
            }
            case ACCOUNT_ONLY -> file.credit(amount, null, null, null, customersAccount);
        }
        return new Planned(kind, item.customerId(), one);
    }

    private static String swapped(String number) {
        int n = number.length();
        return number.substring(0, n - 2) + number.charAt(n - 1) + number.charAt(n - 2);
    }

    /** Random open items with their customers: what the lines pay. */
    private List<Item> sample(int count) throws Exception {
        List<Item> items = new ArrayList<>();
        try (Connection c = stack.postgres().connect("o2c_payments");
             PreparedStatement select = c.prepareStatement("""
                SELECT o.invoice_id, o.customer_id, cu.name, o.invoice_number, o.open_amount, a.legal_entity,
                       a.currency
                FROM open_item o TABLESAMPLE SYSTEM (25) JOIN receivable_account a ON a.account_id = o.account_id
                JOIN customer cu ON cu.customer_id = o.customer_id
                WHERE o.open_amount > 0 AND cu.name IS NOT NULL LIMIT ?""")) {
            select.setInt(1, count);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    items.add(new Item(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                            rs.getString(4), rs.getBigDecimal(5), rs.getString(6), rs.getString(7)));
                }
            }
        }
        Collections.shuffle(items, new Random(11));
        return items;
    }

    /** The sampled items of each customer, oldest number first (for payments of several invoices). */
    private static Map<UUID, List<Item>> customersItems(List<Item> sample) {
        Map<UUID, List<Item>> byCustomer = new HashMap<>();
        sample.forEach(i -> byCustomer.computeIfAbsent(i.customerId(), k -> new ArrayList<>()).add(i));
        return byCustomer;
    }

    /**
     * What an operator does after a bulk load: the ledger's tables vacuumed and analysed, so that the planner knows
     * their size and the matching's lookups can read open items from their indexes alone.
     */
    private void vacuumLedger() throws Exception {
        long started = System.nanoTime();
        try (Connection c = stack.postgres().connect("o2c_payments"); var statement = c.createStatement()) {
            statement.execute("VACUUM (ANALYZE) open_item, customer, known_payer, payment");
        }
        out.printf("bench: the ledger's tables vacuumed and analysed in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    /** Waits until reporting's aging counts as many open items as the receivables ledger; whether it does. */
    private boolean awaitAging(Duration limit) throws Exception {
        long openAfter = openItems();
        long start = System.nanoTime();
        PlatformApi api = new PlatformApi(stack.tokens().token("bench-reader", List.of("auditor"),
                Duration.ofHours(4)), Stack.url("invoicing"), Stack.url("reporting"));
        long counted = PlatformApi.openItems(api.aging("size=1"));
        while (counted != openAfter && System.nanoTime() - start < limit.toNanos()) {
            Thread.sleep(200);
            counted = PlatformApi.openItems(api.aging("size=1"));
        }
        return counted == openAfter;
    }

    /**
     * Waits until the general ledger has posted every payment the receivables ledger received, or has stopped
     * posting payments for a second (a payment it cannot post would otherwise hold the run).
     */
    private void awaitPaymentsPosted(Duration limit) throws Exception {
        long start = System.nanoTime();
        long payments;
        try (Connection c = stack.postgres().connect("o2c_payments"); PreparedStatement count = c.prepareStatement(
                "SELECT count(*) FROM payment"); ResultSet rs = count.executeQuery()) {
            rs.next();
            payments = rs.getLong(1);
        }
        long posted = postedPayments();
        while (posted < payments && System.nanoTime() - start < limit.toNanos()) {
            Thread.sleep(1000);
            long now = postedPayments();
            if (now == posted) {
                return;
            }
            posted = now;
        }
    }

    private long postedPayments() throws Exception {
        try (Connection c = stack.postgres().connect("o2c_reporting"); PreparedStatement count = c.prepareStatement(
                "SELECT count(*) FROM journal_entry WHERE source_event_type = 'PaymentReceived.v1'");
             ResultSet rs = count.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Waits until the general ledger has posted every invoice of the receivables ledger: after a bulk load it posts
     * behind the aging for a while, and the statements are not to share the machine with that backlog.
     */
    private void awaitLedger(Duration limit) throws Exception {
        long start = System.nanoTime();
        long invoices = invoicesInLedger();
        long posted = LedgerScenario.postedInvoices(stack);
        if (posted < invoices) {
            out.printf("bench: the general ledger has posted %d of %d invoices; waiting%n", posted, invoices);
        }
        while (posted < invoices && System.nanoTime() - start < limit.toNanos()) {
            Thread.sleep(5000);
            posted = LedgerScenario.postedInvoices(stack);
        }
        if (posted < invoices) {
            report.note("The general ledger had posted " + posted + " of " + invoices + " invoices after "
                    + "--ledger-seconds " + limit.toSeconds() + " when the statements were sent.");
        }
    }

    private long invoicesInLedger() throws Exception {
        try (Connection c = stack.postgres().connect("o2c_payments"); PreparedStatement count = c.prepareStatement(
                "SELECT count(*) FROM open_item"); ResultSet rs = count.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long openItems() throws Exception {
        try (Connection c = stack.postgres().connect("o2c_payments"); PreparedStatement count = c.prepareStatement(
                "SELECT count(*) FROM open_item WHERE open_amount > 0"); ResultSet rs = count.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void seed(String runId, long invoices, int customers, List<LegalEntity> entities, Duration budget,
                      Duration catchUp) throws Exception {
        PlatformApi api = new PlatformApi(stack.tokens().token("bench-seed", List.of("integration"),
                Duration.ofHours(4)), Stack.url("invoicing"), Stack.url("reporting"));
        long before = openItems();
        Seeder seeder = new Seeder(api, out, runId, entities);
        Seeder.Result seeded = seeder.seed((int) invoices, customers, Seeder.BATCH_CLIENTS, Seeder.BATCH_SIZE,
                Seeder.CHUNK_CUSTOMERS, budget, api.openDays(entities, 365));
        out.printf("bench: seeded %d invoices in %.0f s; waiting for the receivables ledger%n", seeded.invoices(),
                seeded.seconds());
        long start = System.nanoTime();
        while (openItems() < before + seeded.invoices() && System.nanoTime() - start < catchUp.toNanos()) {
            Thread.sleep(5000);
        }
        report.note("Seeded " + seeded.invoices() + " invoices over " + seeded.customers() + " customers through the "
                + "bulk path in " + Math.round(seeded.seconds()) + " s before the statements.");
    }

    private JsonNode post(String token, String path, String contentType, byte[] body, int expected)
            throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(Stack.url("payments") + path))
                .timeout(Duration.ofMinutes(15)).header("Authorization", token).header("Content-Type", contentType)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return PlatformApi.JSON.readTree(response.body());
    }

    private int status(String token, String path, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(Stack.url("payments") + path))
                .timeout(Duration.ofMinutes(5)).header("Authorization", token)
                .header("Content-Type", "application/xml").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
