package org.o2c.payments.bankstatement;

import java.math.BigDecimal;

/**
 * One transaction inside a bank entry (camt TxDtls): a batch booking holds several, each paying its own invoices.
 *
 * @param amount signed like the entry, or null where the bank gives only the entry's total
 * @param endToEndId the payer's end-to-end reference, or null
 * @param creditorReference structured creditor references (ISO 11649 RF, QR or ISR reference), space-separated
 * @param remittance unstructured remittance text, or null
 * @param counterpartyName the payer of a credit, the payee of a debit, or null
 * @param counterpartyAccount that party's IBAN or account, or null
 * @param returnReason ISO return reason code of a returned payment (such as MD06, AC04), or null
 */
public record TransactionDetails(BigDecimal amount, String endToEndId, String creditorReference, String remittance,
                                 String counterpartyName, String counterpartyAccount, String returnReason) {
}
