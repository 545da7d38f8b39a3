package org.o2c.reporting.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.o2c.reporting.aging.ApAgingQuery;
import org.o2c.reporting.aging.ApAgingReport;
import org.o2c.reporting.aging.ArAgingQuery;
import org.o2c.reporting.aging.ArAgingReport;
import org.o2c.reporting.ledger.LedgerQueries;
import org.o2c.reporting.ledger.ReconciliationQuery;
import org.o2c.reporting.period.CloseChecks;
import org.o2c.reporting.period.PeriodRegister;
import org.o2c.runtime.paging.Page;
import org.o2c.runtime.security.LegalEntityScope;

/**
 * What an auditor asks for at the end of a month, as one ZIP streamed while it is written: the trial balance (CSV and
 * XLSX), the journal and the documents the period posted (CSV), AR and AP aging at the period's last day and the
 * subledger reconciliation (JSON), the period's close record and its checklist as it stands now (JSON), and a
 * README naming each file.
 */
@Singleton
public class AuditPack {
    @Inject
    LedgerExports exports;
    @Inject
    LedgerQueries ledger;
    @Inject
    ReconciliationQuery reconciliation;
    @Inject
    ArAgingQuery arAging;
    @Inject
    ApAgingQuery apAging;
    @Inject
    PeriodRegister periods;
    @Inject
    CloseChecks checks;
    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;

    public void write(String legalEntity, YearMonth period, String requestedBy, OutputStream out) throws IOException {
        LocalDate first = period.atDay(1);
        LocalDate last = period.atEndOfMonth();
        LegalEntityScope scope = LegalEntityScope.of(java.util.List.of(legalEntity));
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            OutputStream entry = new FilterOutputStream(zip) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    zip.write(b, off, len);
                }

                @Override
                public void close() {
                    // an entry ends with closeEntry, the archive at the end
                }
            };
            file(zip, "README.txt");
            entry.write(readme(legalEntity, period, requestedBy).getBytes(StandardCharsets.UTF_8));
            var balance = ledger.trialBalance(legalEntity, first, last);
            file(zip, "trial-balance.csv");
            exports.trialBalance(balance, ExportFormat.CSV.open(entry, "Trial balance"));
            file(zip, "trial-balance.xlsx");
            exports.trialBalance(balance, ExportFormat.XLSX.open(entry, "Trial balance " + period));
            file(zip, "journal.csv");
            exports.journal(legalEntity, first, last, ExportFormat.CSV.open(entry, "Journal"));
            file(zip, "documents.csv");
            exports.documents(legalEntity, first, last, ExportFormat.CSV.open(entry, "Documents"));
            file(zip, "ar-aging.json");
            arAging(entry, scope, legalEntity, last);
            file(zip, "ap-aging.json");
            apAging(entry, scope, legalEntity, last);
            file(zip, "reconciliation.json");
            json.writeValue(entry, reconciliation.reconcile(legalEntity, last));
            file(zip, "close-record.json");
            json.writeValue(entry, periods.find(legalEntity, period));
            file(zip, "close-checklist.json");
            json.writeValue(entry, checks.run(legalEntity, period));
            zip.closeEntry();
        }
    }

    private static void file(ZipOutputStream zip, String name) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
    }

    /** The report with every customer row: pages of 500 written one after the other. */
    private void arAging(OutputStream out, LegalEntityScope scope, String legalEntity, LocalDate asOf)
            throws IOException {
        try (JsonGenerator generator = json.getFactory().createGenerator(out)) {
            ArAgingReport report = arAging.report(scope, asOf, legalEntity, null, null, 0, Page.MAX_SIZE);
            generator.writeStartObject();
            generator.writeObjectField("asOf", report.asOf());
            generator.writeObjectField("legalEntity", legalEntity);
            generator.writeObjectField("totals", report.totals());
            generator.writeObjectField("balances", report.balances());
            generator.writeArrayFieldStart("customers");
            for (int page = 0; !report.customers().items().isEmpty(); ) {
                for (var customer : report.customers().items()) {
                    generator.writeObject(customer);
                }
                report = arAging.report(scope, asOf, legalEntity, null, null, ++page, Page.MAX_SIZE);
            }
            generator.writeEndArray();
            generator.writeEndObject();
        }
    }

    private void apAging(OutputStream out, LegalEntityScope scope, String legalEntity, LocalDate asOf)
            throws IOException {
        try (JsonGenerator generator = json.getFactory().createGenerator(out)) {
            ApAgingReport report = apAging.report(scope, asOf, legalEntity, null, null, 0, Page.MAX_SIZE);
            generator.writeStartObject();
            generator.writeObjectField("asOf", report.asOf());
            generator.writeObjectField("legalEntity", legalEntity);
            generator.writeObjectField("totals", report.totals());
            generator.writeArrayFieldStart("suppliers");
            for (int page = 0; !report.suppliers().items().isEmpty(); ) {
                for (var supplier : report.suppliers().items()) {
                    generator.writeObject(supplier);
                }
                report = apAging.report(scope, asOf, legalEntity, null, null, ++page, Page.MAX_SIZE);
            }
            generator.writeEndArray();
            generator.writeEndObject();
        }
    }

    private String readme(String legalEntity, YearMonth period, String requestedBy) {
        return """
                Audit pack of %s for %s, made %s for %s.

                trial-balance.csv / .xlsx  every account: opening on %s, debits and credits of the period, closing
                journal.csv                every journal line of the period, with its document and the event behind it
                documents.csv              every document the period posted, with its entries and debits
                ar-aging.json              receivables aged at %s, per currency and customer
                ap-aging.json              payables aged at %s, per currency and supplier
                reconciliation.json        AR and AP aging, unapplied cash and credit balances against the ledger
                close-record.json          the period's status and, once closed, who closed it with which checklist
                close-checklist.json       the close checklist as it stands now

                Amounts are in each line's currency, with a dot as decimal separator; dates are ISO 8601.
                """.formatted(legalEntity, period, clock.instant(), requestedBy, period.atDay(1),
                period.atEndOfMonth(), period.atEndOfMonth());
    }
}
