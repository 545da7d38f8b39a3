package org.o2c.payments.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.o2c.payments.bankaccount.BankAccountNumber;
import org.o2c.payments.bankstatement.CreditorReference;
import org.o2c.payments.receivable.RestOfItem;
import org.o2c.payments.remittance.AdviceRow;

/**
 * Weighs who a credit line pays and for which invoices: a score from 0 to 100 per customer, with its reasons in
 * words. The rules, strongest first:
 * <ul>
 *   <li>a structured creditor reference (ISO 11649 RF, QR/ISR) whose check digits hold names an open invoice: 98,
 *       100 when the amount equals the open amount of the invoices named;</li>
 *   <li>the payer's text names invoice numbers (compared by their digits): 90, 100 with the amount equal to their
 *       open amount, 92 when it pays more (the rest stays unapplied), 88 when it pays part;</li>
 *   <li>the text names a number one wrong digit or two swapped digits away from an open invoice's (the payer's
 *       own, when its account or name tells who it is; any customer's otherwise): 92 when the amount equals that
 *       invoice's open amount (among several such invoices only those that agree count), 55 otherwise; when the
 *       invoices the text names exactly disagree with the amount and one a typo away agrees, the named ones drop
 *       to 60;</li>
 *   <li>an invoice named in the text (not by a creditor reference) of another customer than the one the payer's
 *       account or name tells: at most {@value #OTHER_CUSTOMERS_INVOICE}, never applied without a clerk;</li>
 *   <li>the payer's account paid for the customer before (learned): the amount equals one open item 92, several
 *       equal ones 80 (the oldest taken), a combination of 2 to 5 of its open items 88 (70 when two combinations
 *       fit), none 50 (spread over its open items by the legal entity's allocation order); with a name, the
 *       same less 6; together with a named invoice of the same customer +5;</li>
 *   <li>the amount alone equals the open amount of one item of the legal entity: 60; of several: 35 each.</li>
 * </ul>
 * Invoices that are named, with the amount less than their open amount:
 * <ul>
 *   <li>equal to it less the early-payment discounts they offer, with a value date by their pay-by dates: scored as
 *       an exact amount, each invoice paid less its discount and the discount granted;</li>
 *   <li>else the last invoice the amount reaches is paid short: the rest written off when it lies within the write-off
 *       tolerance of the rules (amount, and percent of what is open), else kept open as a deduction.</li>
 * </ul>
 * Ranked by score, then by the oldest due date; at most {@value #MAX_SUGGESTIONS}.
 */
public final class CashMatcher {
    public static final int MAX_SUGGESTIONS = 5;
    /** The most an invoice of another customer than the payer's scores when only the payer's text names it. */
    static final int OTHER_CUSTOMERS_INVOICE = 80;

    public List<Suggestion> suggest(MatchingLine line, MatchingFacts facts) {
        return suggest(line, facts, MatchingRules.DEFAULT);
    }

    /**
     * @param rules how a payment found only by its payer is spread when no item or combination fits it, and how much
     *              of a short payment may be written off
     */
    public List<Suggestion> suggest(MatchingLine line, MatchingFacts facts, MatchingRules rules) {
        Optional<Suggestion> advised = facts.advisedPayment(line).map(a -> advised(line, facts, rules, a));
        if (advised.isPresent() && advised.get().score() == 100) {
            return List.of(advised.get()); // the customer's own instructions win
        }
        List<Suggestion> found = suggestWithoutAdvice(line, facts, rules);
        if (advised.isEmpty()) {
            return found;
        }
        List<Suggestion> all = new ArrayList<>(found);
        all.add(0, advised.get());
        return all.stream().sorted(Comparator.comparingInt(s -> -s.score())).limit(MAX_SUGGESTIONS).toList();
    }

    /**
     * What a remittance advice says the line pays: each row's invoice, found by its number, paid the row's amount
     * (at most its open amount), the rest settled as for any payment that names an invoice (a discount the advice
     * states and the invoice offers in time; else written off within the tolerance or kept as a deduction). 100
     * when every invoice is open and the advice's total is the line's amount; 70 otherwise; 50 when the advice
     * says more than the line brings (then the line pays the invoices in the advice's order); null when none of
     * its invoices is open.
     */
    private static Suggestion advised(MatchingLine line, MatchingFacts facts, MatchingRules rules,
                                      AdvisedPayment advice) {
        List<String> reasons = new ArrayList<>();
        reasons.add("remittance advice for payment reference " + advice.paymentReference() + " names "
                + advice.rows().size() + " invoice" + (advice.rows().size() == 1 ? "" : "s") + ", "
                + advice.total() + " in all");
        Map<UUID, Integer> customers = new LinkedHashMap<>();
        List<OpenItemRow> found = new ArrayList<>();
        List<AdviceRow> rowsFound = new ArrayList<>();
        for (AdviceRow row : advice.rows()) {
            Optional<OpenItemRow> item = itemNamed(facts, row.invoiceNumber());
            if (item.isEmpty()) {
                reasons.add("invoice " + row.invoiceNumber() + " of the advice is not open");
                continue;
            }
            found.add(item.get());
            rowsFound.add(row);
            customers.merge(item.get().customerId(), 1, Integer::sum);
        }
        if (found.isEmpty()) {
            return null; // none of its invoices is open: the advice says nothing the line can follow
        }
        UUID customer = customers.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        List<SuggestedAllocation> allocations = new ArrayList<>();
        boolean complete = found.size() == advice.rows().size();
        for (int i = 0; i < found.size(); i++) {
            OpenItemRow item = found.get(i);
            AdviceRow row = rowsFound.get(i);
            if (!item.customerId().equals(customer)) {
                reasons.add("invoice " + row.invoiceNumber() + " of the advice is another customer's");
                complete = false;
                continue;
            }
            BigDecimal paid = row.amount().min(item.openAmount());
            SuggestedAllocation allocation = new SuggestedAllocation(item.invoiceId(), item.invoiceNumber(),
                    item.openAmount(), paid);
            BigDecimal shortBy = item.openAmount().subtract(paid);
            if (shortBy.signum() > 0) {
                SuggestedAllocation.Rest rest = row.discount() != null && row.discount().compareTo(shortBy) == 0
                        && item.discountFor(line.valueDate()).compareTo(shortBy) == 0
                        ? new SuggestedAllocation.Rest(RestOfItem.How.DISCOUNT, shortBy, "early-payment discount of "
                                + shortBy + " taken as the advice says, offered until " + item.discountPayBy())
                        : restOf(allocation, shortBy, rules);
                allocation = allocation.settled(rest);
                reasons.add(rest.reason());
            }
            allocations.add(allocation);
        }
        BigDecimal allocated = allocations.stream().map(SuggestedAllocation::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        int score;
        if (allocated.compareTo(line.amount()) > 0) {
            score = 50;
            reasons.add("the advice says more than the line's " + line.amount() + ": paid in the advice's order");
            allocations = SuggestedAllocation.inOrder(line.amount(), allocations);
        } else if (complete && advice.total().compareTo(line.amount()) == 0) {
            score = 100;
            reasons.add("the amount " + line.amount() + " equals the advice's total");
        } else {
            score = 70;
            if (advice.total().compareTo(line.amount()) != 0) {
                reasons.add("the amount " + line.amount() + " is not the advice's total " + advice.total());
            }
        }
        return new Suggestion(customer, found.get(0).customerName(), score, reasons, allocations,
                new Suggestion.AdviceReference(advice.adviceId(), advice.paymentReference()));
    }

    /** The open item with this number: written the same (ignoring case and spaces), else the only one of its digits. */
    private static Optional<OpenItemRow> itemNamed(MatchingFacts facts, String number) {
        List<OpenItemRow> items = facts.byDigits(RemittanceReading.digitsOf(number));
        String written = AdviceRow.keyOf(number);
        return items.stream().filter(i -> AdviceRow.keyOf(i.invoiceNumber()).equals(written)).findFirst()
                .or(() -> items.size() == 1 ? Optional.of(items.get(0)) : Optional.empty());
    }

    private List<Suggestion> suggestWithoutAdvice(MatchingLine line, MatchingFacts facts, MatchingRules rules) {
        AllocationOrder order = rules.order();
        Map<UUID, Draft> drafts = new LinkedHashMap<>();
        BigDecimal amount = line.amount();
        for (CreditorReference reference : RemittanceReading.creditorReferences(line.texts())) {
            for (OpenItemRow item : facts.byDigits(RemittanceReading.keyOf(reference))) {
                draft(drafts, item).name(item, Naming.REFERENCE, "creditor reference " + reference.value()
                        + " (check digits verified) names invoice " + item.invoiceNumber());
            }
        }
        List<String> keys = new ArrayList<>();
        for (String text : line.texts()) {
            keys.addAll(RemittanceReading.numberKeys(text));
        }
        for (String key : keys) {
            for (OpenItemRow item : facts.byDigits(key)) {
                draft(drafts, item).name(item, Naming.NUMBER,
                        "invoice number " + item.invoiceNumber() + " in the payer's text");
            }
        }
        // a number one typo away: when nothing is named, or when what is named disagrees with the amount and the
        // typo's invoice agrees with it exactly (in a dense numbering, a swapped digit names another invoice); among
        // the payer's own open items when its account or name tells who it is, else among the ledger's
        boolean named = !drafts.isEmpty();
        boolean agrees = drafts.values().stream().anyMatch(d -> d.namedOpen().compareTo(amount) == 0);
        Map<UUID, Draft> typos = new LinkedHashMap<>();
        if (!agrees) {
            Set<UUID> payers = facts.payersOf(line);
            Map<OpenItemRow, String> readFrom = new LinkedHashMap<>();
            for (String key : keys) {
                if (key.length() < RemittanceReading.MIN_DIGITS_FOR_TYPOS) {
                    continue;
                }
                if (payers.isEmpty()) {
                    for (String variant : RemittanceReading.oneTypoAway(key)) {
                        facts.byDigits(variant).forEach(item -> readFrom.putIfAbsent(item, key));
                    }
                }
                for (UUID payer : payers) {
                    facts.itemsOf(payer).stream().filter(item -> RemittanceReading.oneTypoApart(key, item.digits()))
                            .forEach(item -> readFrom.putIfAbsent(item, key));
                }
            }
            // invoices one typo away whose open amount is the payment's come first: near numbers are many
            boolean anyAgrees = readFrom.keySet().stream().anyMatch(i -> i.openAmount().compareTo(amount) == 0);
            readFrom.forEach((item, key) -> {
                if ((named || anyAgrees) && item.openAmount().compareTo(amount) != 0) {
                    return;
                }
                draft(typos, item).name(item, Naming.TYPO, "invoice number " + item.invoiceNumber() + " read from '"
                        + key + "' in the payer's text (one digit wrong or two swapped)");
            });
        }
        if (named && !typos.isEmpty()) {
            drafts.values().stream().filter(d -> d.strongest == Naming.NUMBER).forEach(d -> d.contradicted =
                    "the amount " + amount + " does not agree with it, but with an invoice one typo away");
        }
        typos.forEach((customer, typo) -> drafts.merge(customer, typo, (a, b) -> a.addTypos(b)));
        drafts.values().forEach(d -> d.scoreNamed(amount, line.valueDate()));
        notThePayers(line, facts, drafts);
        payer(line, facts, drafts, order);
        if (drafts.isEmpty()) {
            List<OpenItemRow> sameAmount = facts.withOpenAmount(amount);
            for (OpenItemRow item : sameAmount) {
                Draft draft = draft(drafts, item);
                draft.items.add(item);
                draft.score = sameAmount.size() == 1 ? 60 : 35;
                draft.reasons.add(sameAmount.size() == 1
                        ? "the amount " + amount + " equals the open amount of invoice " + item.invoiceNumber()
                                + ", the only open item of that amount"
                        : "the amount " + amount + " equals the open amount of invoice " + item.invoiceNumber()
                                + ", one of several open items of that amount");
            }
        }
        return drafts.values().stream()
                .sorted(Comparator.comparingInt((Draft d) -> -d.score).thenComparing(Draft::oldestDue))
                .limit(MAX_SUGGESTIONS).map(d -> d.suggestion(line, rules)).toList();
    }

    /**
     * Invoices the payer's text names (not by a creditor reference) of a customer other than the one its account or
     * name tells: never sure. In a dense numbering a mistyped number is often another customer's invoice, at times
     * of the same amount; a payment for someone else's invoice is for a clerk to confirm.
     */
    private static void notThePayers(MatchingLine line, MatchingFacts facts, Map<UUID, Draft> drafts) {
        Set<UUID> payers = facts.payersOf(line);
        if (payers.isEmpty()) {
            return;
        }
        drafts.values().stream().filter(d -> d.strongest != Naming.REFERENCE && !payers.contains(d.customerId))
                .forEach(d -> {
                    d.score = Math.min(d.score, OTHER_CUSTOMERS_INVOICE);
                    d.reasons.add("the payer's account or name is another customer's");
                });
    }

    /** What a known payer account or a payer's name says: confirms a named customer or finds its invoices. */
    private static void payer(MatchingLine line, MatchingFacts facts, Map<UUID, Draft> drafts,
                              AllocationOrder order) {
        Optional<UUID> known = facts.knownPayer(line.counterpartyAccount() == null ? null
                : BankAccountNumber.compact(line.counterpartyAccount()));
        known.ifPresent(customer -> byPayer(drafts, facts, line, order, customer, null, 0,
                "the payer's account " + masked(line.counterpartyAccount()) + " paid for this customer before"));
        List<MatchingFacts.NamedCustomer> named = facts.customersNamed(line.counterpartyName());
        for (MatchingFacts.NamedCustomer customer : named) {
            if (known.isPresent() && known.get().equals(customer.customerId())) {
                Draft draft = drafts.get(customer.customerId());
                draft.reasons.add("the payer's name '" + line.counterpartyName() + "' is the customer's name");
                continue;
            }
            byPayer(drafts, facts, line, order, customer.customerId(), customer.name(), named.size() > 1 ? 16 : 6,
                    "the payer's name '" + line.counterpartyName() + "' is the customer's name"
                            + (named.size() > 1 ? " (as is another customer's)" : ""));
        }
    }

    private static void byPayer(Map<UUID, Draft> drafts, MatchingFacts facts, MatchingLine line,
                                AllocationOrder order, UUID customer, String name, int less, String reason) {
        Draft existing = drafts.get(customer);
        if (existing != null) {
            existing.score = Math.min(100, existing.score + (less == 0 ? 5 : 3));
            existing.reasons.add(reason);
            return;
        }
        List<OpenItemRow> items = facts.itemsOf(customer);
        Draft draft = new Draft(customer, name != null ? name : items.isEmpty() ? null : items.get(0).customerName());
        drafts.put(customer, draft);
        draft.reasons.add(reason);
        BigDecimal amount = line.amount();
        List<OpenItemRow> equal = items.stream().filter(i -> i.openAmount().compareTo(amount) == 0).toList();
        if (!equal.isEmpty()) {
            draft.items.add(equal.get(0));
            draft.score = (equal.size() == 1 ? 92 : 80) - less;
            draft.reasons.add(equal.size() == 1
                    ? "the amount " + amount + " equals the open amount of invoice " + equal.get(0).invoiceNumber()
                    : "the amount " + amount + " equals the open amount of " + equal.size()
                            + " of its invoices; the oldest, " + equal.get(0).invoiceNumber() + ", is taken");
            return;
        }
        long[] minor = items.stream().mapToLong(i -> i.openAmount().movePointRight(amount.scale()).longValue())
                .toArray();
        List<List<Integer>> combinations = SubsetSum.combinations(minor, amount.movePointRight(amount.scale())
                .longValue());
        if (!combinations.isEmpty()) {
            combinations.get(0).forEach(i -> draft.items.add(items.get(i)));
            draft.score = (combinations.size() == 1 ? 88 : 70) - less;
            draft.reasons.add("the amount " + amount + " equals invoices " + String.join(", ",
                    draft.items.stream().map(OpenItemRow::invoiceNumber).toList()) + " together"
                    + (combinations.size() > 1 ? " (another combination fits too)" : ""));
            return;
        }
        draft.score = 50 - less;
        draft.spread = order.allocate(amount, items);
        draft.reasons.add("no open item or combination of up to " + SubsetSum.MAX_ITEMS + " equals the amount: "
                + (draft.spread.isEmpty() ? "it would stay unapplied cash of the customer"
                : "spread over its open items " + switch (order) {
                    case OLDEST_DUE_FIRST -> "oldest due first";
                    case OLDEST_ISSUED_FIRST -> "oldest issued first";
                    case PROPORTIONAL -> "in proportion to their open amounts";
                }));
    }

    /** A short payment on a named invoice: written off within the tolerance, else a deduction. */
    private static SuggestedAllocation.Rest restOf(SuggestedAllocation partial, BigDecimal shortBy,
                                                   MatchingRules rules) {
        BigDecimal limit = rules.writeOff().limitFor(partial.openAmount());
        if (shortBy.compareTo(limit) <= 0) {
            return new SuggestedAllocation.Rest(RestOfItem.How.WRITE_OFF, shortBy, "short by " + shortBy
                    + " on invoice " + partial.invoiceNumber() + ": within the write-off tolerance, written off");
        }
        return new SuggestedAllocation.Rest(RestOfItem.How.DEDUCTION, shortBy, "short by " + shortBy
                + " on invoice " + partial.invoiceNumber() + ": more than may be written off, kept open as a "
                + "deduction for collections");
    }

    private static String masked(String account) {
        String compact = BankAccountNumber.compact(account);
        return compact.length() <= 4 ? compact : "…" + compact.substring(compact.length() - 4);
    }

    private static Draft draft(Map<UUID, Draft> drafts, OpenItemRow item) {
        return drafts.computeIfAbsent(item.customerId(), id -> new Draft(id, item.customerName()));
    }

    private enum Naming { REFERENCE, NUMBER, TYPO }

    private static final class Draft {
        final UUID customerId;
        final String customerName;
        final List<OpenItemRow> items = new ArrayList<>();
        final List<String> reasons = new ArrayList<>();
        Naming strongest;
        int score;
        /** Why the invoices named do not decide the line, or null. */
        String contradicted;
        /** Allocations decided by the allocation order, when no item was found for the amount. */
        List<SuggestedAllocation> spread;
        /** The value date, when the amount is the named invoices' less their early-payment discounts; else null. */
        LocalDate discounted;

        Draft(UUID customerId, String customerName) {
            this.customerId = customerId;
            this.customerName = customerName;
        }

        void name(OpenItemRow item, Naming how, String reason) {
            if (items.stream().anyMatch(i -> i.invoiceId().equals(item.invoiceId()))) {
                return;
            }
            items.add(item);
            reasons.add(reason);
            if (strongest == null || how.ordinal() < strongest.ordinal()) {
                strongest = how;
            }
        }

        BigDecimal namedOpen() {
            return items.stream().map(OpenItemRow::openAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** A customer both named and found one typo away: the typo's invoices alone, when they agree. */
        Draft addTypos(Draft typo) {
            return contradicted != null ? typo : this;
        }

        void scoreNamed(BigDecimal amount, LocalDate valueDate) {
            BigDecimal open = namedOpen();
            if (contradicted != null) {
                score = 60;
                reasons.add(contradicted);
                return;
            }
            int comparison = amount.compareTo(open);
            String which = items.size() == 1 ? "its open amount" : "their open amounts together";
            BigDecimal discounts = items.stream().map(i -> i.discountFor(valueDate))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (comparison < 0 && discounts.signum() > 0 && amount.compareTo(open.subtract(discounts)) == 0) {
                discounted = valueDate;
                score = switch (strongest) {
                    case REFERENCE, NUMBER -> 100;
                    case TYPO -> 92;
                };
                reasons.add("the amount " + amount + " equals " + which + " less the early-payment discount of "
                        + discounts + ", paid in time");
            } else if (comparison == 0) {
                score = switch (strongest) {
                    case REFERENCE, NUMBER -> 100;
                    case TYPO -> 92;
                };
                reasons.add("the amount " + amount + " equals " + which);
            } else if (comparison > 0) {
                score = switch (strongest) {
                    case REFERENCE -> 98;
                    case NUMBER -> 92;
                    case TYPO -> 55;
                };
                reasons.add("the amount " + amount + " is " + amount.subtract(open) + " more than " + which
                        + ": the rest stays unapplied");
            } else {
                score = switch (strongest) {
                    case REFERENCE -> 98;
                    case NUMBER -> 88;
                    case TYPO -> 55;
                };
                reasons.add("the amount " + amount + " pays part of the " + open + " open");
            }
        }

        LocalDate oldestDue() {
            return items.stream().map(OpenItemRow::dueDate).min(Comparator.naturalOrder())
                    .orElse(LocalDate.MAX);
        }

        Suggestion suggestion(MatchingLine line, MatchingRules rules) {
            if (spread != null) {
                return new Suggestion(customerId, customerName, score, reasons, spread);
            }
            if (discounted != null) {
                List<SuggestedAllocation> allocations = items.stream().map(i -> {
                    BigDecimal discount = i.discountFor(discounted);
                    SuggestedAllocation paid = new SuggestedAllocation(i.invoiceId(), i.invoiceNumber(),
                            i.openAmount(), i.openAmount().subtract(discount));
                    return discount.signum() == 0 ? paid : paid.settled(new SuggestedAllocation.Rest(
                            RestOfItem.How.DISCOUNT, discount, "early-payment discount of " + discount
                                    + " offered until " + i.discountPayBy()));
                }).toList();
                return new Suggestion(customerId, customerName, score, reasons, allocations);
            }
            List<SuggestedAllocation> allocations = new ArrayList<>(SuggestedAllocation.inOrder(line.amount(),
                    items.stream().map(SuggestedAllocation::of).toList()));
            List<String> why = new ArrayList<>(reasons);
            if (strongest != null && contradicted == null && !allocations.isEmpty()
                    && allocations.size() == items.size()) {
                int last = allocations.size() - 1;
                SuggestedAllocation partial = allocations.get(last);
                BigDecimal shortBy = partial.openAmount().subtract(partial.amount());
                if (shortBy.signum() > 0) {
                    SuggestedAllocation.Rest rest = restOf(partial, shortBy, rules);
                    allocations.set(last, partial.settled(rest));
                    why.add(rest.reason());
                }
            }
            return new Suggestion(customerId, customerName, score, why, allocations);
        }


    }
}
