package org.o2c.payments.bankstatement;

import java.time.LocalDate;

/** Dates as SWIFT and BAI2 files write them. */
final class BankDates {
    private BankDates() {
    }

    /** YYMMDD: years 00-79 are 2000-2079, 80-99 are 1980-1999. */
    static LocalDate yymmdd(String value, String what) {
        try {
            int year = Integer.parseInt(value.substring(0, 2));
            return LocalDate.of(year < 80 ? 2000 + year : 1900 + year, Integer.parseInt(value.substring(2, 4)),
                    Integer.parseInt(value.substring(4, 6)));
        } catch (RuntimeException e) {
            throw new StatementRefused(what + " '" + value + "' is not a date (YYMMDD)", e);
        }
    }
}
