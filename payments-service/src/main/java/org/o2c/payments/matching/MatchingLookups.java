package org.o2c.payments.matching;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.o2c.payments.bankaccount.BankAccountNumber;
import org.o2c.payments.remittance.AdviceRow;

/**
 * Loads the {@link MatchingFacts} for a batch of lines of one legal entity and currency in a handful of queries,
 * whatever the number of lines: every digit key of every line at once (of a count of digits some invoice number of
 * the ledger has), every payer account and name, the keys one typo away for the lines whose named invoices disagree
 * with their amounts and whose payer is not known, the amounts of the lines that name nothing and whose payer is not
 * known, and the open items of the customers the payers are known as (the oldest {@value #ITEMS_PER_CUSTOMER} of
 * each), unless the line names one of their invoices and agrees with it. Lookups that do not wait for each other's
 * answers run at once. Each step's time goes to the log.
 */
final class MatchingLookups {
    // currencies are bound as CHAR(3), the columns' type: a text parameter would keep the indexes out of the plan
    // PostgreSQL caches for these statements after a few runs (it compares currency::text), and then every lookup
    // filters a legal entity's whole ledger
    static final int ITEMS_PER_CUSTOMER = 200;
    static final int ITEMS_PER_AMOUNT = 6;
    // the items' columns only, read from the indexes: their customers' names come in one query at the end
    private static final String ITEM_COLUMNS = """
            o.invoice_id, o.customer_id, o.invoice_number, o.issue_date, o.due_date, o.open_amount,
            o.discount_amount, o.discount_pay_by""";

    private MatchingLookups() {
    }

    /**
     * Reads the facts for these lines. The lookups that do not depend on each other run at once: those by numbers
     * (and the remittance advices, which an advice imported in the caller's transaction must see) on the caller's
     * connection {@code c}, the others each on a connection of its own from {@code others}, read outside the
     * caller's transaction: they read what other transactions committed (the ledger, the customers, the payers
     * learned), as the caller's own connection would, but for the caller's own writes: a payer account learned from
     * a line of another currency of the same legal entity earlier in the same file is known from the next file on.
     */
    static MatchingFacts load(Connection c, Lookups others, String legalEntity, String currency,
                              Collection<MatchingLine> lines) throws SQLException {
        long started = System.nanoTime();
        MatchingFacts facts = new MatchingFacts();
        Set<String> accounts = lines.stream().map(MatchingLine::counterpartyAccount).filter(Objects::nonNull)
                .map(BankAccountNumber::compact).collect(Collectors.toSet());
        CompletableFuture<Void> payerAccounts = others.run(other -> {
            long step = System.nanoTime();
            knownPayers(other, legalEntity, accounts, facts);
            facts.timed("payer accounts", accounts.size(), System.nanoTime() - step);
        });
        Set<String> names = lines.stream().map(MatchingLine::counterpartyName).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        CompletableFuture<Void> payerNames = others.run(other -> {
            long step = System.nanoTime();
            customersByName(other, legalEntity, currency, names, facts);
            facts.timed("payer names", names.size(), System.nanoTime() - step);
        });
        // reading the texts is the matching's own work: on every core at once
        Map<MatchingLine, Set<String>> keysOfLine = lines.parallelStream()
                .collect(Collectors.toMap(line -> line, MatchingLookups::numberKeys));
        // a key with a count of digits no invoice number of the ledger has names nothing, exactly or one typo away
        Set<Integer> digitCounts = digitCounts(c, legalEntity, currency);
        keysOfLine.values().forEach(ofLine -> ofLine.removeIf(key -> !digitCounts.contains(key.length())));
        Set<String> keys = new LinkedHashSet<>();
        keysOfLine.values().forEach(keys::addAll);
        Set<String> referenceKeys = lines.parallelStream().flatMap(line -> AdvisedPayment.keysOf(line).stream())
                .collect(Collectors.toSet());
        for (AdvisedPayment advised : advisedPayments(c, legalEntity, referenceKeys)) {
            facts.withAdvisedPayment(advised);
            advised.rows().forEach(row -> keys.add(RemittanceReading.digitsOf(row.invoiceNumber())));
        }
        facts.timed("texts and advices", referenceKeys.size(), System.nanoTime() - started);
        long step = System.nanoTime();
        byDigits(c, legalEntity, currency, keys, facts);
        facts.timed("numbers", keys.size(), System.nanoTime() - step);
        // the names of the customers the numbers found are read while the rest is looked up
        Set<UUID> namedByNumbers = facts.customersOfItems();
        Map<UUID, String> nameOf = new ConcurrentHashMap<>();
        CompletableFuture<Void> namesOfNamed = others.run(other -> {
            long namesStep = System.nanoTime();
            nameOf.putAll(customerNames(other, namedByNumbers));
            facts.timed("customers' names", namedByNumbers.size(), System.nanoTime() - namesStep);
        });
        Lookups.join(payerAccounts, payerNames);
        // typos are looked for where nothing is named, or where what is named disagrees with the amount: among the
        // payer's items, else among the ledger's by every key one typo away
        Set<UUID> payers = new HashSet<>();
        Set<String> variants = new HashSet<>();
        Set<BigDecimal> amounts = new HashSet<>();
        for (Map.Entry<MatchingLine, Set<String>> ofLine : keysOfLine.entrySet()) {
            MatchingLine line = ofLine.getKey();
            List<OpenItemRow> named = ofLine.getValue().stream().flatMap(k -> facts.byDigits(k).stream()).toList();
            BigDecimal namedOpen = named.stream().map(OpenItemRow::openAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
            boolean agrees = named.stream().anyMatch(i -> i.openAmount().compareTo(line.amount()) == 0)
                    || namedOpen.compareTo(line.amount()) == 0;
            List<String> typoKeys = agrees ? List.of() : ofLine.getValue().stream()
                    .filter(k -> k.length() >= RemittanceReading.MIN_DIGITS_FOR_TYPOS).toList();
            Set<UUID> ofPayer = facts.payersOf(line);
            if (named.isEmpty() && ofPayer.isEmpty()) {
                amounts.add(line.amount()); // the matcher weighs the amount alone only when nothing else speaks
            }
            if (ofPayer.isEmpty()) {
                typoKeys.forEach(k -> variants.addAll(RemittanceReading.oneTypoAway(k)));
            } else if (typoKeys.isEmpty()) {
                // the matcher reads a payer's items only for a customer the line's numbers do not name
                named.forEach(item -> ofPayer.remove(item.customerId()));
            }
            payers.addAll(ofPayer);
        }
        CompletableFuture<Void> byAmount = others.run(other -> {
            long amountsStep = System.nanoTime();
            byOpenAmount(other, legalEntity, currency, amounts, facts);
            facts.timed("amounts", amounts.size(), System.nanoTime() - amountsStep);
        });
        CompletableFuture<Void> payersItems = others.run(other -> {
            long itemsStep = System.nanoTime();
            itemsOfCustomers(other, currency, payers, facts);
            facts.timed("payers' items", payers.size(), System.nanoTime() - itemsStep);
        });
        step = System.nanoTime();
        byDigits(c, legalEntity, currency, variants, facts);
        facts.timed("typos", variants.size(), System.nanoTime() - step);
        Lookups.join(byAmount, payersItems, namesOfNamed);
        step = System.nanoTime();
        facts.byPayerName.values().forEach(named -> named.forEach(n -> nameOf.put(n.customerId(), n.name())));
        Set<UUID> unnamed = facts.customersOfItems();
        unnamed.removeAll(nameOf.keySet());
        nameOf.putAll(customerNames(c, unnamed));
        facts.nameCustomers(nameOf);
        facts.timed("other customers' names", unnamed.size(), System.nanoTime() - step);
        return facts;
    }

    /** How many digits the invoice numbers of the ledger have (each count once). */
    private static Set<Integer> digitCounts(Connection c, String legalEntity, String currency) throws SQLException {
        Set<Integer> counts = new HashSet<>();
        try (PreparedStatement select = c.prepareStatement("SELECT digits FROM invoice_number_digits "
                + "WHERE legal_entity = ? AND currency = CAST(? AS CHAR(3))")) {
            select.setString(1, legalEntity);
            select.setString(2, currency);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    counts.add(rs.getInt(1));
                }
            }
        }
        return counts;
    }

    /** The digit keys of the invoice numbers a line's texts may name: its creditor references' and its numbers'. */
    private static Set<String> numberKeys(MatchingLine line) {
        Set<String> keys = new LinkedHashSet<>();
        RemittanceReading.creditorReferences(line.texts()).stream().map(RemittanceReading::keyOf).forEach(keys::add);
        for (String text : line.texts()) {
            keys.addAll(RemittanceReading.numberKeys(text));
        }
        return keys;
    }

    private static Map<UUID, String> customerNames(Connection c, Set<UUID> customers) throws SQLException {
        Map<UUID, String> names = new HashMap<>();
        if (customers.isEmpty()) {
            return names;
        }
        try (PreparedStatement select = c.prepareStatement(
                "SELECT customer_id, name FROM customer WHERE customer_id = ANY (?)")) {
            select.setArray(1, c.createArrayOf("uuid", customers.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    names.put(rs.getObject(1, UUID.class), rs.getString(2));
                }
            }
        }
        return names;
    }

    /** The advices' rows not yet used for a line, by payment reference key; of two advices, the later. */
    static List<AdvisedPayment> advisedPayments(Connection c, String legalEntity, Set<String> referenceKeys)
            throws SQLException {
        if (referenceKeys.isEmpty()) {
            return List.of();
        }
        Map<String, List<AdviceRow>> rows = new LinkedHashMap<>();
        Map<String, UUID> advice = new HashMap<>();
        Map<String, String> written = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement("""
                SELECT r.advice_id, r.row_number, r.payment_reference, r.reference_key, r.invoice_number, r.amount,
                       r.discount, r.payer_name
                FROM remittance_advice_row r
                WHERE r.legal_entity = ? AND r.bank_line_id IS NULL AND r.reference_key = ANY (?)
                ORDER BY r.reference_key, r.advice_id DESC, r.row_number""")) {
            select.setString(1, legalEntity);
            select.setArray(2, c.createArrayOf("varchar", referenceKeys.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getString("reference_key");
                    UUID adviceId = rs.getObject("advice_id", UUID.class);
                    if (!adviceId.equals(advice.computeIfAbsent(key, k -> adviceId))) {
                        continue; // an earlier advice for the same payment: the later one says what counts
                    }
                    written.putIfAbsent(key, rs.getString("payment_reference"));
                    rows.computeIfAbsent(key, k -> new ArrayList<>()).add(new AdviceRow(rs.getInt("row_number"),
                            rs.getString("payment_reference"), key, rs.getString("invoice_number"),
                            rs.getBigDecimal("amount"), rs.getBigDecimal("discount"), rs.getString("payer_name")));
                }
            }
        }
        return rows.entrySet().stream().map(e -> new AdvisedPayment(advice.get(e.getKey()), e.getKey(),
                written.get(e.getKey()), e.getValue())).toList();
    }

    private static void byDigits(Connection c, String legalEntity, String currency, Set<String> keys,
                                 MatchingFacts facts) throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        Map<String, List<OpenItemRow>> found = new HashMap<>();
        // one probe of the index per key: with thousands of keys in "= ANY", the planner weighs each key and may
        // still prefer testing every open item of the ledger
        try (PreparedStatement select = c.prepareStatement("SELECT x.* FROM unnest(?::text[]) AS wanted(digits) "
                + "CROSS JOIN LATERAL (SELECT " + ITEM_COLUMNS + " FROM open_item o\n" + """
                 WHERE o.legal_entity = ? AND o.currency = CAST(? AS CHAR(3)) AND o.open_amount > 0
                  AND regexp_replace(o.invoice_number, '[^0-9]', '', 'g') = wanted.digits) x""")) {
            select.setArray(1, c.createArrayOf("text", keys.toArray()));
            select.setString(2, legalEntity);
            select.setString(3, currency);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    OpenItemRow item = item(rs);
                    found.computeIfAbsent(item.digits(), k -> new ArrayList<>()).add(item);
                }
            }
        }
        found.forEach(facts::withDigits);
    }

    private static void byOpenAmount(Connection c, String legalEntity, String currency, Set<BigDecimal> amounts,
                                     MatchingFacts facts) throws SQLException {
        if (amounts.isEmpty()) {
            return;
        }
        Map<BigDecimal, List<OpenItemRow>> found = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement("SELECT wanted.amount, x.* FROM unnest(?::numeric[]) "
                + "AS wanted(amount) CROSS JOIN LATERAL (SELECT " + ITEM_COLUMNS + " FROM open_item o\n"
                + """
                 WHERE o.legal_entity = ? AND o.currency = CAST(? AS CHAR(3)) AND o.open_amount = wanted.amount
                  AND o.open_amount > 0 ORDER BY o.due_date, o.invoice_number LIMIT ?) x""")) {
            select.setArray(1, c.createArrayOf("numeric", amounts.toArray()));
            select.setString(2, legalEntity);
            select.setString(3, currency);
            select.setInt(4, ITEMS_PER_AMOUNT);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    found.computeIfAbsent(rs.getBigDecimal("amount"), k -> new ArrayList<>()).add(item(rs));
                }
            }
        }
        found.forEach(facts::withOpenAmount);
    }

    private static void knownPayers(Connection c, String legalEntity, Set<String> accounts, MatchingFacts facts)
            throws SQLException {
        if (accounts.isEmpty()) {
            return;
        }
        try (PreparedStatement select = c.prepareStatement("SELECT payer_account, customer_id FROM known_payer "
                + "WHERE legal_entity = ? AND payer_account = ANY (?)")) {
            select.setString(1, legalEntity);
            select.setArray(2, c.createArrayOf("varchar", accounts.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    facts.withKnownPayer(rs.getString(1), rs.getObject(2, UUID.class));
                }
            }
        }
    }

    private static void customersByName(Connection c, String legalEntity, String currency, Set<String> names,
                                        MatchingFacts facts) throws SQLException {
        if (names.isEmpty()) {
            return;
        }
        Map<String, List<MatchingFacts.NamedCustomer>> found = new HashMap<>();
        // each given name's key computed once (materialized), then one probe of the index by key per name
        try (PreparedStatement select = c.prepareStatement("""
                WITH given AS MATERIALIZED (SELECT g.name, payer_name_key(g.name) AS key FROM unnest(?::text[]) AS g(name))
                SELECT given.name, x.customer_id, x.name FROM given
                CROSS JOIN LATERAL (SELECT c.customer_id, c.name FROM customer c
                    WHERE payer_name_key(c.name) = given.key AND c.legal_entity = ? AND c.currency = CAST(? AS CHAR(3))
                    ORDER BY c.customer_id LIMIT 3) x
                WHERE given.key <> ''""")) {
            select.setArray(1, c.createArrayOf("text", names.toArray()));
            select.setString(2, legalEntity);
            select.setString(3, currency);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    found.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new MatchingFacts.NamedCustomer(rs.getObject(2, UUID.class), rs.getString(3)));
                }
            }
        }
        found.forEach(facts::withPayerName);
    }

    static void itemsOfCustomers(Connection c, String currency, Set<UUID> customers, MatchingFacts facts)
            throws SQLException {
        if (customers.isEmpty()) {
            return;
        }
        Map<UUID, List<OpenItemRow>> found = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement("SELECT x.* FROM unnest(?::uuid[]) AS wanted(customer_id) "
                + "CROSS JOIN LATERAL (SELECT " + ITEM_COLUMNS + " FROM open_item o\n" + """
                 WHERE o.customer_id = wanted.customer_id AND o.open_amount > 0 AND o.currency = CAST(? AS CHAR(3))
                 ORDER BY o.due_date, o.invoice_number LIMIT ?) x""")) {
            select.setArray(1, c.createArrayOf("uuid", customers.toArray()));
            select.setString(2, currency);
            select.setInt(3, ITEMS_PER_CUSTOMER);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    OpenItemRow item = item(rs);
                    found.computeIfAbsent(item.customerId(), k -> new ArrayList<>()).add(item);
                }
            }
        }
        found.forEach(facts::withItemsOf);
    }

    private static OpenItemRow item(ResultSet rs) throws SQLException {
        return new OpenItemRow(rs.getObject("invoice_id", UUID.class), rs.getObject("customer_id", UUID.class),
                null, rs.getString("invoice_number"), rs.getDate("issue_date").toLocalDate(),
                rs.getDate("due_date").toLocalDate(), rs.getBigDecimal("open_amount"),
                rs.getBigDecimal("discount_amount"), rs.getObject("discount_pay_by", LocalDate.class));
    }
}
