package org.o2c.reporting.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.o2c.reporting.aging.LedgerAccount;
import org.o2c.testing.auth.TestTokens;
import org.o2c.testing.kafka.TopicWriter;

/** The journal, the trial balance and the audit pack as the ERP and the auditor download them. */
@QuarkusTest
class LedgerExportTest {
    private static final YearMonth MONTH = YearMonth.of(2026, 7);
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @ConfigProperty(name = "o2c.kafka.bootstrap-servers")
    String kafka;

    private final String auditor = TestTokens.bearer("ada.auditor", "auditor");
    private String entity;
    private UUID invoice;

    @BeforeEach
    void postedMonth() {
        entity = "EX" + ThreadLocalRandom.current().nextInt(10_000, 100_000);
        try (TopicWriter topics = new TopicWriter(kafka)) {
            LedgerAccount account = new LedgerAccount(topics, UUID.randomUUID(), entity, "EUR");
            invoice = account.invoice(MONTH.atDay(3), MONTH.atDay(3).plusDays(30), "1190.00");
            UUID payment = account.payment(MONTH.atDay(20), "1190.00", "invoice paid");
            account.apply(payment, invoice, "1190.00", MONTH.atDay(20));
            account.invoice(MONTH.plusMonths(1).atDay(2), MONTH.plusMonths(1).atDay(30), "119.00"); // not July
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(journal("json", null)
                .jsonPath().getList("$")).hasSize(7));
    }

    @Test
    void theJournalComesAsCsvXlsxOrJsonWithTheSameLinesAndColumns() throws IOException {
        List<String> columns = Arrays.stream(JournalRow.class.getRecordComponents()).map(c -> c.getName()).toList();
        assertThat(LedgerExports.JOURNAL.stream().map(Column::name).toList()).isEqualTo(columns);

        Response csv = journal("csv", null);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("journal-" + entity + "-2026-07.csv");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.asString())).getRecords();
        assertThat(records).hasSize(7);
        assertThat(records.get(0).getParser().getHeaderNames()).isEqualTo(columns);
        assertThat(sum(records, "debit")).isEqualByComparingTo(sum(records, "credit"))
                .isEqualByComparingTo("3570.00");
        assertThat(records.get(0).get("documentId")).isEqualTo(invoice.toString());
        assertThat(records.get(0).get("account")).isEqualTo("1100");
        assertThat(records.get(0).get("accountName")).isEqualTo("Trade receivables");
        assertThat(records.get(0).get("eventType")).isEqualTo("InvoiceIssued.v1");

        // the Accept header chooses when format does not
        Response xlsx = given().header("Authorization", auditor).accept(XLSX).queryParam("period", MONTH.toString())
                .get("/api/v1/ledger/" + entity + "/exports/journal");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.contentType()).isEqualTo(XLSX);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.asByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(8);
            assertThat(rows.get(0).getCellText(3)).isEqualTo("account");
            assertThat(rows.get(1).getCellAsDate(0).orElseThrow().toLocalDate()).isEqualTo(MONTH.atDay(3));
            assertThat(rows.get(1).getCellAsNumber(5).orElseThrow()).isEqualByComparingTo("1190.00");
        }

        JsonPath json = journal("json", null).jsonPath();
        assertThat(json.getMap("[0]").keySet()).containsExactlyElementsOf(columns);
        assertThat(json.getString("[0].debit")).isEqualTo("1190.00");
        assertThat(json.getList("documentType")).containsExactly("INVOICE", "INVOICE", "INVOICE", "PAYMENT",
                "PAYMENT", "PAYMENT", "PAYMENT");
    }

    @Test
    void theTrialBalanceExportBalancesAndTheAuditPackHoldsTheMonth() throws IOException {
        Response csv = given().header("Authorization", auditor).accept("text/csv")
                .queryParam("from", MONTH.atDay(1).toString()).queryParam("asOf", MONTH.atEndOfMonth().toString())
                .get("/api/v1/ledger/" + entity + "/exports/trial-balance");
        assertThat(csv.statusCode()).isEqualTo(200);
        List<CSVRecord> accounts = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.asString())).getRecords();
        assertThat(accounts.stream().map(r -> r.get("account"))).containsExactly("1100", "1200", "2100", "2490",
                "4190");
        assertThat(sum(accounts, "closing")).isZero();

        Response zip = given().header("Authorization", auditor).queryParam("period", MONTH.toString())
                .get("/api/v1/ledger/" + entity + "/audit-pack");
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.contentType()).isEqualTo("application/zip");
        Map<String, byte[]> files = unzip(zip.asByteArray());
        assertThat(files.keySet()).containsExactly("README.txt", "trial-balance.csv", "trial-balance.xlsx",
                "journal.csv", "documents.csv", "ar-aging.json", "ap-aging.json", "reconciliation.json",
                "close-record.json", "close-checklist.json");
        assertThat(new String(files.get("journal.csv"), StandardCharsets.UTF_8).lines()).hasSize(8);
        assertThat(new String(files.get("documents.csv"), StandardCharsets.UTF_8).lines()).hasSize(3);
        assertThat(JsonPath.from(new String(files.get("reconciliation.json"), StandardCharsets.UTF_8))
                .getBoolean("reconciled")).isTrue();
        assertThat(JsonPath.from(new String(files.get("close-record.json"), StandardCharsets.UTF_8))
                .getString("status")).isEqualTo("OPEN");
        assertThat(JsonPath.from(new String(files.get("ar-aging.json"), StandardCharsets.UTF_8))
                .getList("customers")).isEmpty(); // paid in full by the end of July
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(files.get(
                "trial-balance.xlsx")))) {
            assertThat(workbook.getFirstSheet().read()).hasSize(6);
        }
    }

    @Test
    void aJournalNeedsOneRangeAndAnAuditPackAPeriod() {
        given().header("Authorization", auditor).get("/api/v1/ledger/" + entity + "/exports/journal").then()
                .statusCode(400);
        given().header("Authorization", auditor).queryParam("period", "2026-07").queryParam("from", "2026-07-01")
                .get("/api/v1/ledger/" + entity + "/exports/journal").then().statusCode(400);
        given().header("Authorization", auditor).queryParam("period", "2026-07").queryParam("format", "pdf")
                .get("/api/v1/ledger/" + entity + "/exports/journal").then().statusCode(400);
        given().header("Authorization", auditor).get("/api/v1/ledger/" + entity + "/audit-pack").then()
                .statusCode(400);
        given().header("Authorization", TestTokens.bearer("carl", "collector")).queryParam("period", "2026-07")
                .get("/api/v1/ledger/" + entity + "/audit-pack").then().statusCode(403);
    }

    private Response journal(String format, String ignored) {
        var request = given().header("Authorization", auditor).queryParam("period", MONTH.toString());
        if (format != null) {
            request = request.queryParam("format", format);
        }
        Response response = request.get("/api/v1/ledger/" + entity + "/exports/journal");
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }

    private static BigDecimal sum(List<CSVRecord> records, String column) {
        return records.stream().map(r -> new BigDecimal(r.get(column))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
