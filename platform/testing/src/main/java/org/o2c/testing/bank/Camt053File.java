package org.o2c.testing.bank;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a camt.053.001.08 statement of one account, its balances adding up unless told otherwise: for tests, the
 * demo data and the cash application bench.
 */
public final class Camt053File {
    private final String statementId;
    private final String iban;
    private final String currency;
    private final LocalDate day;
    private final BigDecimal opening;
    private final List<String> entries = new ArrayList<>();
    private BigDecimal movement = BigDecimal.ZERO;
    private BigDecimal closingOffset = BigDecimal.ZERO;
    private boolean notification;
    private String bankReferences;

    public Camt053File(String statementId, String iban, String currency, LocalDate day, String opening) {
        this.statementId = statementId;
        this.iban = iban;
        this.currency = currency;
        this.day = day;
        this.opening = new BigDecimal(opening);
    }

    /** A credit: money in from a payer, with what the payer wrote. Null parts are left out. */
    public Camt053File credit(String amount, String remittance, String creditorReference, String payerName,
                              String payerIban) {
        return entry(amount, "CRDT", remittance, creditorReference, payerName, payerIban, null);
    }

    public Camt053File debit(String amount, String remittance, String payeeName) {
        return entry(amount, "DBIT", remittance, null, payeeName, null, null);
    }

    /** A debit by which the bank returns a payer's transfer, with the ISO return reason (such as AC04). */
    public Camt053File returned(String amount, String reasonCode, String payerName, String payerIban) {
        return entry(amount, "DBIT", null, null, payerName, payerIban, reasonCode);
    }

    /** Writes a camt.054 notification (an interim report: entries, no balances) instead of a statement. */
    public Camt053File asNotification() {
        notification = true;
        return this;
    }

    /** The bank's references of the entries: this prefix and the entry's number, the same in any report. */
    public Camt053File bankReferences(String prefix) {
        bankReferences = prefix;
        return this;
    }

    /** Makes the closing balance wrong by this much. */
    public Camt053File closingOffBy(String amount) {
        closingOffset = new BigDecimal(amount);
        return this;
    }

    public byte[] bytes() {
        if (notification) {
            return ("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08">
                    <BkToCstmrDbtCdtNtfctn><GrpHdr><MsgId>%s</MsgId><CreDtTm>%sT12:00:00</CreDtTm></GrpHdr>
                    <Ntfctn><Id>%s</Id><Acct><Id><IBAN>%s</IBAN></Id><Ccy>%s</Ccy></Acct>
                    %s</Ntfctn></BkToCstmrDbtCdtNtfctn></Document>
                    """).formatted(statementId, day, statementId, iban, currency, String.join("\n", entries))
                    .getBytes(StandardCharsets.UTF_8);
        }
        BigDecimal closing = opening.add(movement).add(closingOffset);
        return ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
                <BkToCstmrStmt><GrpHdr><MsgId>%s</MsgId><CreDtTm>%sT18:00:00</CreDtTm></GrpHdr>
                <Stmt><Id>%s</Id><ElctrncSeqNb>1</ElctrncSeqNb>
                <Acct><Id><IBAN>%s</IBAN></Id><Ccy>%s</Ccy></Acct>
                %s%s%s</Stmt></BkToCstmrStmt></Document>
                """).formatted(statementId, day, statementId, iban, currency,
                balance("OPBD", opening), balance("CLBD", closing), String.join("\n", entries))
                .getBytes(StandardCharsets.UTF_8);
    }

    private Camt053File entry(String amount, String mark, String remittance, String creditorReference, String party,
                              String partyIban, String returnReason) {
        BigDecimal value = new BigDecimal(amount);
        movement = mark.equals("CRDT") ? movement.add(value) : movement.subtract(value);
        String role = mark.equals("CRDT") ? "Dbtr" : "Cdtr";
        StringBuilder details = new StringBuilder(
                "<NtryDtls><TxDtls><Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs>");
        if (party != null || partyIban != null) {
            details.append("<RltdPties>");
            if (party != null) {
                details.append("<").append(role).append("><Pty><Nm>").append(xml(party)).append("</Nm></Pty></")
                        .append(role).append(">");
            }
            if (partyIban != null) {
                details.append("<").append(role).append("Acct><Id><IBAN>").append(partyIban).append("</IBAN></Id></")
                        .append(role).append("Acct>");
            }
            details.append("</RltdPties>");
        }
        if (remittance != null || creditorReference != null) {
            details.append("<RmtInf>");
            if (remittance != null) {
                details.append("<Ustrd>").append(xml(remittance)).append("</Ustrd>");
            }
            if (creditorReference != null) {
                details.append("<Strd><CdtrRefInf><Ref>").append(creditorReference)
                        .append("</Ref></CdtrRefInf></Strd>");
            }
            details.append("</RmtInf>");
        }
        if (returnReason != null) {
            details.append("<RtrInf><Rsn><Cd>").append(returnReason).append("</Cd></Rsn></RtrInf>");
        }
        details.append("</TxDtls></NtryDtls>");
        entries.add("""
                <Ntry><Amt Ccy="%s">%s</Amt><CdtDbtInd>%s</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
                <BookgDt><Dt>%s</Dt></BookgDt><ValDt><Dt>%s</Dt></ValDt><AcctSvcrRef>%s-%d</AcctSvcrRef>
                %s</Ntry>""".formatted(currency, value.toPlainString(), mark, day, day,
                bankReferences != null ? bankReferences : statementId, entries.size() + 1, details));
        return this;
    }

    private String balance(String type, BigDecimal amount) {
        return """
                <Bal><Tp><CdOrPrtry><Cd>%s</Cd></CdOrPrtry></Tp><Amt Ccy="%s">%s</Amt><CdtDbtInd>%s</CdtDbtInd>
                <Dt><Dt>%s</Dt></Dt></Bal>
                """.formatted(type, currency, amount.abs().toPlainString(), amount.signum() < 0 ? "DBIT" : "CRDT",
                day);
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
