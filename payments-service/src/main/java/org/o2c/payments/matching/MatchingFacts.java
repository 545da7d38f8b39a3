package org.o2c.payments.matching;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.stream.Stream;
import org.o2c.payments.bankaccount.BankAccountNumber;

/**
 * What the ledger knows that bears on a batch of lines, loaded at once for all of them (see
 * {@link MatchingLookups}): the open items by their numbers' digits and by their open amounts, the payer accounts
 * learned for customers, the customers by name, the open items of the customers a payer points to, and the
 * remittance advices whose payment references the lines carry.
 */
public final class MatchingFacts {
    /** A customer of the legal entity and currency found by a payer's name. */
    public record NamedCustomer(UUID customerId, String name) {
    }

    final Map<String, List<OpenItemRow>> byDigits = new HashMap<>();
    final Map<BigDecimal, List<OpenItemRow>> byOpenAmount = new HashMap<>();
    final Map<String, UUID> knownPayers = new HashMap<>();
    final Map<String, List<NamedCustomer>> byPayerName = new HashMap<>();
    final Map<UUID, List<OpenItemRow>> itemsOfCustomer = new HashMap<>();
    final Map<String, AdvisedPayment> advisedPayments = new HashMap<>();
    private final StringJoiner reading = new StringJoiner(", ");

    /** Notes how long a step of reading the ledger took, for the log: its name and how many keys it looked for. */
    synchronized void timed(String step, int keys, long nanos) {
        reading.add(step + " " + nanos / 1_000_000 + " ms (" + keys + ")");
    }

    /** The steps of reading the ledger with their times. */
    synchronized String reading() {
        return reading.toString();
    }

    /** The customers of the open items found. */
    Set<UUID> customersOfItems() {
        Set<UUID> customers = new HashSet<>();
        Stream.of(byDigits.values(), byOpenAmount.values(), itemsOfCustomer.values()).flatMap(Collection::stream)
                .flatMap(List::stream).forEach(item -> customers.add(item.customerId()));
        return customers;
    }

    /** Gives each open item found its customer's name. */
    void nameCustomers(Map<UUID, String> names) {
        byDigits.replaceAll((key, items) -> named(items, names));
        byOpenAmount.replaceAll((amount, items) -> named(items, names));
        itemsOfCustomer.replaceAll((customer, items) -> named(items, names));
    }

    private static List<OpenItemRow> named(List<OpenItemRow> items, Map<UUID, String> names) {
        return items.stream().map(item -> item.withCustomerName(names.get(item.customerId()))).toList();
    }

    public MatchingFacts withDigits(String key, List<OpenItemRow> items) {
        byDigits.put(key, List.copyOf(items));
        return this;
    }

    public MatchingFacts withOpenAmount(BigDecimal amount, List<OpenItemRow> items) {
        byOpenAmount.put(amount.stripTrailingZeros(), List.copyOf(items));
        return this;
    }

    public MatchingFacts withKnownPayer(String account, UUID customerId) {
        knownPayers.put(account, customerId);
        return this;
    }

    public MatchingFacts withPayerName(String name, List<NamedCustomer> customers) {
        byPayerName.put(name, List.copyOf(customers));
        return this;
    }

    public MatchingFacts withItemsOf(UUID customerId, List<OpenItemRow> items) {
        itemsOfCustomer.put(customerId, List.copyOf(items));
        return this;
    }

    /** A remittance advice's rows for this payment reference key; the latest advice wins. */
    public MatchingFacts withAdvisedPayment(AdvisedPayment payment) {
        advisedPayments.put(payment.referenceKey(), payment);
        return this;
    }

    /** The advised payment whose reference the line carries, if any. */
    Optional<AdvisedPayment> advisedPayment(MatchingLine line) {
        return AdvisedPayment.keysOf(line).stream().map(advisedPayments::get).filter(java.util.Objects::nonNull)
                .findFirst();
    }

    List<OpenItemRow> byDigits(String key) {
        return byDigits.getOrDefault(key, List.of());
    }

    List<OpenItemRow> withOpenAmount(BigDecimal amount) {
        return byOpenAmount.getOrDefault(amount.stripTrailingZeros(), List.of());
    }

    Optional<UUID> knownPayer(String account) {
        return account == null ? Optional.empty() : Optional.ofNullable(knownPayers.get(account));
    }

    /** The customers the line's payer is known as: by an account learned for it, and by its name. */
    Set<UUID> payersOf(MatchingLine line) {
        Set<UUID> payers = new LinkedHashSet<>();
        knownPayer(line.counterpartyAccount() == null ? null : BankAccountNumber.compact(line.counterpartyAccount()))
                .ifPresent(payers::add);
        customersNamed(line.counterpartyName()).forEach(named -> payers.add(named.customerId()));
        return payers;
    }

    List<NamedCustomer> customersNamed(String name) {
        return name == null ? List.of() : byPayerName.getOrDefault(name, List.of());
    }

    List<OpenItemRow> itemsOf(UUID customerId) {
        return itemsOfCustomer.getOrDefault(customerId, List.of());
    }
}
