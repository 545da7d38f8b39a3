package org.o2c.reporting;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "o2c reporting-service", version = "1.0", description = """
        The general ledger (journal entries posted from invoicing, payments and payables events through one table of \
        posting rules, a chart of accounts per legal entity, trial balance, account lines, subledger \
        reconciliation, monthly periods with a close checklist and a four-eyes reopening), AR and AP aging, DSO and \
        customer statements, projected from the other services' Kafka topics. Publishes JournalEntryPosted.v1, \
        PeriodClosed.v1 and PeriodReopened.v1 on o2c.reporting.events."""))
public class ReportingApplication extends Application {
}
