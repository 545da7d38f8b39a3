package org.o2c.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.o2c.testing.infra.TestInfrastructure;

/**
 * The README's tour, run as written: every bash block from "The loop, with curl" through "Watch the events", in
 * order, in one bash with {@code set -euo pipefail}, against the six services of the system tests. Only what the
 * local stack fixes differently is rewritten: the ports of {@code localhost:8081..8086} and {@code 9092}, and
 * {@code ./o2c token}, whose tokens come from the test's key instead. A command that fails, an answer that is an
 * error (the tour's {@code curl --fail-with-body}) or a step that needs a later one fails this test, so the tour
 * cannot drift from what the platform does.
 */
class ReadmeTourTest {
    private static final Pattern BASH = Pattern.compile("```bash\n(.*?)```", Pattern.DOTALL);
    private static final Pattern TOKEN = Pattern.compile(
            "\\./o2c token --user (\\S+) --roles (\\S+?)(?: --legal-entities (\\S+?))?\\)");
    private final Platform platform = Platform.shared();

    @Test
    void theTourRunsAsWrittenAgainstTheRunningServices() throws Exception {
        closeTheDemosOldestMonth();
        Path repository = Path.of("").toAbsolutePath().getParent();
        String readme = Files.readString(repository.resolve("README.md"));
        String tour = readme.substring(readme.indexOf("### The loop, with curl"), readme.indexOf("### Configuration"));
        StringBuilder script = new StringBuilder("set -euo pipefail\n");
        Matcher block = BASH.matcher(tour);
        while (block.find()) {
            script.append(block.group(1)).append('\n');
        }
        String commands = local(script.toString());
        assertThat(commands).contains("credit-checks", "invoices", "payments", "dunning-runs", "supplier-payments",
                "ar-aging", "trial-balance", "reconciliation", "/close", "exports/journal", "bank-statements",
                "bank-lines", "ConsoleConsumer");

        Path file = Files.createTempFile("readme-tour", ".sh");
        Files.writeString(file, commands);
        Path log = Files.createTempFile("readme-tour", ".log");
        Process bash = new ProcessBuilder("bash", file.toString()).directory(repository.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean done = bash.waitFor(Duration.ofMinutes(3).toSeconds(), TimeUnit.SECONDS);
        if (!done) {
            bash.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(done && bash.exitValue() == 0).as("the tour failed:\n" + output).isTrue();
        assertThat(output).as("the tour's answers").contains("\"decision\":\"APPROVED\"",
                "\"creditNoteNumber\":\"CN-", "InvoiceIssued.v1", "period-closed", "\"status\":\"CLOSED\"",
                "\"reconciled\":", "accountingDate,entryId", "\"appliedAutomatically\":1,\"waiting\":1",
                "the payer's name 'Brauhaus Krüger' is the customer's name",
                "\"linesApplied\":2,\"linesUnmatched\":0", "\"bookBalance\":\"829.84\",\"difference\":\"0.00\"")
                .doesNotContain("\"status\":5");
        Files.deleteIfExists(file);
        Files.deleteIfExists(log);
    }

    /**
     * The tour starts where `./o2c up` leaves the platform: the demo data closed DE01's month six months back, and
     * invoicing knows it.
     */
    private void closeTheDemosOldestMonth() {
        YearMonth oldest = YearMonth.now().minusMonths(6);
        Caller.of(platform.url("reporting"), "mia.controller", "ar-manager")
                .post("/api/v1/ledger/DE01/periods/" + oldest + "/close", "{}", 200);
        await().atMost(Duration.ofSeconds(30)).until(() -> platform.knowsClosed("invoicing", "DE01", oldest));
    }

    /** The tour with the system test's ports and tokens. */
    private String local(String script) {
        String[] services = {"invoicing", "payments", "collections", "credit", "payables", "reporting"};
        for (int i = 0; i < services.length; i++) {
            script = script.replace("localhost:" + (8081 + i), platform.url(services[i]).replace("http://", ""));
        }
        script = script.replace("localhost:9092", TestInfrastructure.shared().kafkaBootstrapServers());
        Matcher token = TOKEN.matcher(script);
        StringBuilder local = new StringBuilder();
        while (token.find()) {
            List<String> roles = List.of(token.group(2).split(","));
            List<String> legalEntities = token.group(3) == null ? List.of("*") : List.of(token.group(3).split(","));
            String issued = TestInfrastructure.shared().tokens().token(token.group(1), new ArrayList<>(roles),
                    legalEntities, Duration.ofHours(1));
            token.appendReplacement(local, "echo " + issued + ")");
        }
        token.appendTail(local);
        return local.toString();
    }
}
