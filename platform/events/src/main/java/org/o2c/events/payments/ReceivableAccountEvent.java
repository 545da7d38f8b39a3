package org.o2c.events.payments;

import java.util.UUID;
import org.o2c.events.PublishedEvent;

/**
 * An event of a customer's receivable account that carries the account's totals after it. The ledger's topic is
 * ordered per account, so the latest such event holds the account's current totals.
 */
public interface ReceivableAccountEvent extends PublishedEvent {
    UUID accountId();

    UUID customerId();

    String currency();

    /** The account's totals after this event; null from a publisher that leaves them out. */
    AccountTotals account();
}
