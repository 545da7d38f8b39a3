package org.o2c.payments.bankstatement;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads a bank file whatever its format, told from its content: XML is ISO 20022 camt (053 statement or 054
 * notification), text with SWIFT fields (":20:") is MT940 or MT942, text starting with a BAI2 file header ("01,") is
 * BAI2. Anything else is refused, naming the formats read.
 */
public final class BankFileReader {
    private final CamtStatementReader camt = new CamtStatementReader();
    private final SwiftStatementReader swift = new SwiftStatementReader();
    private final Bai2StatementReader bai2 = new Bai2StatementReader();

    /** Whether the content is one of the bank formats read here (and not, say, a CSV export). */
    public static boolean isBankFormat(byte[] file) {
        String start = start(file);
        return start.startsWith("<") || start.contains(":20:") || start.startsWith("01,");
    }

    private static String start(byte[] file) {
        return new String(file, 0, Math.min(file.length, 4096), StandardCharsets.ISO_8859_1)
                .replace("\u00ef\u00bb\u00bf", "").strip();
    }

    public List<BankStatement> read(byte[] file) {
        String start = start(file);
        if (start.startsWith("<")) {
            return camt.read(file);
        }
        if (start.contains(":20:")) {
            return swift.read(file);
        }
        if (start.startsWith("01,")) {
            return bai2.read(file);
        }
        throw new StatementRefused("not a bank file read here: the formats read are camt.053 (.001.02 to .001.10),"
                + " camt.054, MT940, MT942 and BAI2, and a bank account's CSV export sent with ?bankAccountId= of an "
                + "account whose CSV mapping is saved");
    }
}
