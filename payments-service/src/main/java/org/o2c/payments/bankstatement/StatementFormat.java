package org.o2c.payments.bankstatement;

/** The bank file formats read. */
public enum StatementFormat {
    /** SWIFT MT940 customer statement. */
    MT940,
    /** SWIFT MT942 interim transaction report. */
    MT942,
    /** ISO 20022 camt.053 bank-to-customer statement. */
    CAMT053,
    /** ISO 20022 camt.054 bank-to-customer debit/credit notification. */
    CAMT054,
    /** BAI2 cash management balance report (US and Canadian banks). */
    BAI2,
    /** A bank account's CSV or XLSX export, read with the account's saved column mapping. */
    CSV
}
