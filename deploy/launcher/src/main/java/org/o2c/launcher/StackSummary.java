package org.o2c.launcher;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.o2c.testing.infra.PostgresServer;

/** What {@code ./o2c up} prints at the end: where everything is and how to start using it. */
record StackSummary(StackFiles files, PostgresServer postgres, String kafkaBootstrapServers) {

    void print(PrintStream out, Duration toReady, LocalDate today) {
        out.println();
        out.printf("o2c local stack ready in %.1f s%n%n", toReady.toMillis() / 1000.0);
        out.printf("  %-12s %-23s %s%n", "service", "URL", "Swagger UI");
        for (StackService service : StackService.ALL) {
            out.printf("  %-12s %-23s %s/q/swagger-ui%n", service.name(), service.url(), service.url());
        }
        out.println();
        out.println("  OpenAPI      http://localhost:<port>/q/openapi");
        String reports = StackService.REPORTING.url() + "/api/v1/reports/";
        out.println("  AR aging     " + reports + "ar-aging?asOf=" + today);
        out.println("  AP aging     " + reports + "ap-aging?asOf=" + today);
        out.println("  DSO          " + reports + "dso?from=" + today.minusDays(89) + "&to=" + today);
        out.println("  Kafka        " + kafkaBootstrapServers + ", topics "
                + StackService.ALL.stream().map(StackService::topic).collect(Collectors.joining(", ")));
        out.println("  PostgreSQL   " + postgres + ", databases o2c_<service>");
        out.println("  Logs         " + files.logs() + "   (./o2c logs <service>)");
        out.println("  Token        TOKEN=$(./o2c token --user alice --roles ar-clerk)");
        out.println("               curl -H \"Authorization: Bearer $TOKEN\" "
                + "'" + StackService.INVOICING.url() + "/api/v1/invoices?size=5'");
        out.println("  Status/stop  ./o2c status, ./o2c down");
    }
}
