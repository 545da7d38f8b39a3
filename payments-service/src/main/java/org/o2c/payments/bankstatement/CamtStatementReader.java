package org.o2c.payments.bankstatement;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads ISO 20022 camt.053 statements (versions .001.02 to .001.10) and camt.054 debit/credit notifications with
 * the JDK's XML parser, hardened: a DOCTYPE (and with it any entity, external or not) is refused, secure processing
 * limits apply. Elements are found by their local names, which the versions share, so one reader serves them all
 * (parties moved under {@code Pty} from .001.08 on; both places are read). A statement is taken only when its opening
 * booked balance (OPBD or PRCD) plus its booked entries is its closing booked balance (CLBD); a notification carries
 * no balances.
 */
public final class CamtStatementReader {
    private static final Pattern NAMESPACE =
            Pattern.compile("urn:iso:std:iso:20022:tech:xsd:camt\\.(053|054)\\.001\\.(\\d{2})");

    public List<BankStatement> read(byte[] file) {
        Element document = parse(file).getDocumentElement();
        String namespace = either(document.getNamespaceURI(), "");
        Matcher version = NAMESPACE.matcher(namespace);
        if (!"Document".equals(document.getLocalName()) || !version.matches()) {
            throw new StatementRefused("not a camt.053 or camt.054 document: its root is " + document.getLocalName()
                    + " in namespace '" + namespace + "'");
        }
        int number = Integer.parseInt(version.group(2));
        if (number < 2 || number > 10) {
            throw new StatementRefused("camt." + version.group(1) + ".001." + version.group(2)
                    + " is not read: versions .001.02 to .001.10 are");
        }
        boolean statement = version.group(1).equals("053");
        Element message = child(document, statement ? "BkToCstmrStmt" : "BkToCstmrDbtCdtNtfctn");
        if (message == null) {
            throw new StatementRefused("the document has no "
                    + (statement ? "BkToCstmrStmt" : "BkToCstmrDbtCdtNtfctn"));
        }
        List<BankStatement> statements = new ArrayList<>();
        for (Element report : children(message, statement ? "Stmt" : "Ntfctn")) {
            statements.add(statement(report, statement ? StatementFormat.CAMT053 : StatementFormat.CAMT054,
                    statements.size() + 1));
        }
        if (statements.isEmpty()) {
            throw new StatementRefused("the document holds no " + (statement ? "statement (Stmt)"
                    : "notification (Ntfctn)"));
        }
        return statements;
    }

    private static BankStatement statement(Element report, StatementFormat format, int number) {
        String id = text(report, "Id");
        Element account = child(report, "Acct");
        String iban = text(account, "Id", "IBAN");
        String accountId = iban != null ? iban : text(account, "Id", "Othr", "Id");
        if (id == null || accountId == null) {
            throw new StatementRefused("report " + number + " of the document lacks its " + (id == null ? "Id"
                    : "account (Acct/Id)"));
        }
        String sequence = either(text(report, "ElctrncSeqNb"), text(report, "LglSeqNb"));
        String currency = text(account, "Ccy");
        String[] balanceCurrencies = new String[2];
        BankStatement.Balance opening = null;
        BankStatement.Balance closing = null;
        for (Element balance : children(report, "Bal")) {
            String type = either(text(balance, "Tp", "CdOrPrtry", "Cd"), "");
            if (type.equals("OPBD") || type.equals("PRCD") && opening == null) {
                opening = balance(balance, number);
                balanceCurrencies[0] = child(balance, "Amt").getAttribute("Ccy");
            } else if (type.equals("CLBD")) {
                closing = balance(balance, number);
                balanceCurrencies[1] = child(balance, "Amt").getAttribute("Ccy");
            }
        }
        List<StatementLine> lines = new ArrayList<>();
        for (Element entry : children(report, "Ntry")) {
            lines.add(line(entry, number, lines.size() + 1));
        }
        String which = "statement " + id + " of account " + accountId;
        if (currency == null) {
            currency = balanceCurrencies[0] != null ? balanceCurrencies[0] : balanceCurrencies[1];
        }
        if (currency == null) {
            // a notification may name no currency but its entries' amounts
            currency = children(report, "Ntry").stream().map(e -> child(e, "Amt").getAttribute("Ccy"))
                    .filter(c -> !c.isEmpty()).findFirst().orElse(null);
        }
        BankStatement read = new BankStatement(format, id, sequence, accountId, currency, opening, closing, lines);
        if (format == StatementFormat.CAMT053) {
            if (opening == null || closing == null) {
                throw new StatementRefused(which + " has no " + (opening == null
                        ? "opening booked balance (OPBD or PRCD)" : "closing booked balance (CLBD)"));
            }
            if (!balanceCurrencies[0].equals(balanceCurrencies[1])) {
                throw new StatementRefused(which + " gives its opening balance in " + balanceCurrencies[0]
                        + " and its closing balance in " + balanceCurrencies[1]);
            }
            BigDecimal booked = lines.stream().filter(StatementLine::booked).map(StatementLine::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal reckoned = opening.amount().add(booked);
            if (reckoned.compareTo(closing.amount()) != 0) {
                throw new StatementRefused(which + " does not add up: opening balance " + opening.amount()
                        .toPlainString() + " plus its booked entries (" + booked.toPlainString() + ") is "
                        + reckoned.toPlainString() + ", the closing balance says " + closing.amount().toPlainString());
            }
        }
        return read;
    }

    private static BankStatement.Balance balance(Element balance, int number) {
        BigDecimal amount = amount(child(balance, "Amt"), "balance of report " + number);
        boolean debit = "DBIT".equals(text(balance, "CdtDbtInd"));
        return new BankStatement.Balance(date(child(balance, "Dt"), "balance of report " + number),
                debit ? amount.negate() : amount);
    }

    private static StatementLine line(Element entry, int report, int number) {
        String where = "entry " + number + " of report " + report;
        BigDecimal amount = amount(child(entry, "Amt"), where);
        String mark = text(entry, "CdtDbtInd");
        if (!"CRDT".equals(mark) && !"DBIT".equals(mark)) {
            throw new StatementRefused(where + " is neither a credit nor a debit (CdtDbtInd '" + mark + "')");
        }
        String status = either(text(entry, "Sts", "Cd"), text(entry, "Sts"));
        List<TransactionDetails> transactions = new ArrayList<>();
        Element details = child(entry, "NtryDtls");
        if (details != null) {
            for (Element transaction : children(details, "TxDtls")) {
                transactions.add(transaction(transaction, "DBIT".equals(mark), where));
            }
        }
        String code = either(join(text(entry, "BkTxCd", "Domn", "Cd"),
                text(entry, "BkTxCd", "Domn", "Fmly", "Cd"), text(entry, "BkTxCd", "Domn", "Fmly", "SubFmlyCd")),
                text(entry, "BkTxCd", "Prtry", "Cd"));
        return new StatementLine(date(child(entry, "ValDt"), where), date(child(entry, "BookgDt"), where),
                "DBIT".equals(mark) ? amount.negate() : amount, "true".equals(text(entry, "RvslInd")), code, null,
                text(entry, "AcctSvcrRef"), text(entry, "AddtlNtryInf"),
                status == null || status.equals("BOOK"), transactions);
    }

    private static TransactionDetails transaction(Element transaction, boolean debit, String where) {
        Element amountDetails = child(transaction, "AmtDtls");
        Element amount = child(transaction, "Amt");
        if (amount == null && amountDetails != null) {
            Element transactionAmount = child(amountDetails, "TxAmt");
            amount = transactionAmount != null ? child(transactionAmount, "Amt") : null;
        }
        BigDecimal value = amount == null ? null : amount(amount, where);
        Element remittance = child(transaction, "RmtInf");
        List<String> texts = new ArrayList<>();
        List<String> references = new ArrayList<>();
        if (remittance != null) {
            children(remittance, "Ustrd").forEach(u -> texts.add(u.getTextContent().strip()));
            for (Element structured : children(remittance, "Strd")) {
                String reference = text(structured, "CdtrRefInf", "Ref");
                if (reference != null) {
                    references.add(reference);
                }
                children(structured, "AddtlRmtInf").forEach(a -> texts.add(a.getTextContent().strip()));
            }
        }
        // the other party: the debtor of a credit, the creditor of a debit (under Pty from .001.08 on)
        Element parties = child(transaction, "RltdPties");
        String party = debit ? "Cdtr" : "Dbtr";
        String name = parties == null ? null : either(text(parties, party, "Nm"),
                text(parties, party, "Pty", "Nm"));
        String account = parties == null ? null : either(text(parties, party + "Acct", "Id",
                "IBAN"), text(parties, party + "Acct", "Id", "Othr", "Id"));
        String returnReason = either(text(transaction, "RtrInf", "Rsn", "Cd"),
                text(transaction, "RtrInf", "Rsn", "Prtry"));
        return new TransactionDetails(value == null ? null : debit ? value.negate() : value,
                text(transaction, "Refs", "EndToEndId"), references.isEmpty() ? null : String.join(" ", references),
                texts.isEmpty() ? null : String.join(" ", texts), name, account, returnReason);
    }

    private static Document parse(byte[] file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(file));
        } catch (SAXParseException e) {
            String doctype = e.getMessage() != null && e.getMessage().contains("DOCTYPE")
                    ? "a DOCTYPE is not accepted (entities could read files or expand without end)" : e.getMessage();
            throw new StatementRefused("the XML is not accepted at line " + e.getLineNumber() + ": " + doctype, e);
        } catch (SAXException | IOException e) {
            throw new StatementRefused("the XML could not be read: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be hardened", e);
        }
    }

    private static BigDecimal amount(Element amount, String where) {
        if (amount == null) {
            throw new StatementRefused(where + " has no amount (Amt)");
        }
        try {
            BigDecimal value = new BigDecimal(amount.getTextContent().strip());
            if (value.signum() < 0) {
                throw new StatementRefused(where + " has a negative amount " + value.toPlainString()
                        + ": the sign is given by CdtDbtInd");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new StatementRefused(where + " has an amount '" + amount.getTextContent().strip()
                    + "' that is not a number", e);
        }
    }

    /** A date from {@code <Dt>} or the day of {@code <DtTm>} (the bank's own local date-time). */
    private static LocalDate date(Element holder, String where) {
        if (holder == null) {
            return null;
        }
        String value = either(text(holder, "Dt"), text(holder, "DtTm"));
        try {
            return value == null ? null : LocalDate.parse(value.substring(0, Math.min(10, value.length())));
        } catch (RuntimeException e) {
            throw new StatementRefused(where + " has a date '" + value + "' that is not one", e);
        }
    }

    private static String text(Element from, String... path) {
        Element at = from;
        for (String name : path) {
            if (at == null) {
                return null;
            }
            at = child(at, name);
        }
        if (at == null) {
            return null;
        }
        String text = at.getTextContent().strip();
        return text.isEmpty() ? null : text;
    }

    private static Element child(Element parent, String localName) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static String either(String first, String second) {
        return first != null ? first : second;
    }

    private static String join(String... parts) {
        List<String> given = Arrays.stream(parts).filter(Objects::nonNull).toList();
        return given.isEmpty() ? null : String.join("/", given);
    }
}
