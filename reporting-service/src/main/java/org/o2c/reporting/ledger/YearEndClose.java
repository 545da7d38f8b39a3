package org.o2c.reporting.ledger;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.o2c.events.reporting.JournalEntryPosted;
import org.o2c.events.reporting.JournalLine;
import org.o2c.events.reporting.SourceDocument;
import org.o2c.runtime.axon.Commands;
import org.o2c.runtime.readmodel.Snapshot;

/**
 * Closes a year's profit and loss into retained earnings when its December closes: per currency, one entry dated
 * 31 December that brings every income and expense account to zero against the retained earnings account of the
 * chart. Closed again after a reopening, the entry carries only what changed since, because the accounts' balances
 * then already include the first one.
 */
@Singleton
public class YearEndClose {
    @Inject
    DataSource dataSource;
    @Inject
    Charts charts;
    @Inject
    Commands commands;
    @Inject
    Clock clock;

    /** Posts the year's closing entries (none when profit and loss is zero); runs in the caller's transaction. */
    public void post(String legalEntity, Year year) {
        LocalDate lastDay = year.atMonth(12).atEndOfMonth();
        Map<String, Map<String, BigDecimal>> balances = profitAndLoss(legalEntity, lastDay);
        if (balances.isEmpty()) {
            return;
        }
        ChartOfAccounts chart = charts.of(List.of(legalEntity)).get(legalEntity);
        Account retained = chart.account(AccountRole.RETAINED_EARNINGS, null, lastDay);
        Instant now = clock.instant();
        commands.together(() -> balances.forEach((currency, accounts) -> {
            List<JournalLine> lines = new ArrayList<>();
            BigDecimal toRetained = BigDecimal.ZERO;
            for (Map.Entry<String, BigDecimal> account : accounts.entrySet()) {
                BigDecimal balance = account.getValue(); // debit positive
                lines.add(new JournalLine(lines.size() + 1, account.getKey(),
                        balance.signum() > 0 ? JournalLine.CREDIT : JournalLine.DEBIT, balance.abs(), null, null));
                toRetained = toRetained.add(balance);
            }
            if (toRetained.signum() != 0) {
                lines.add(new JournalLine(lines.size() + 1, retained.number(),
                        toRetained.signum() > 0 ? JournalLine.DEBIT : JournalLine.CREDIT, toRetained.abs(), null,
                        null));
            }
            String closing = "year-end-close:" + legalEntity + ":" + year + ":" + currency + ":" + now;
            UUID entryId = UUID.nameUUIDFromBytes(closing.getBytes(StandardCharsets.UTF_8));
            JournalEntryPosted entry = new JournalEntryPosted(entryId, legalEntity, currency, lastDay, lastDay,
                    "PeriodClosed.v1", closing, now, new SourceDocument("YEAR_END_CLOSE",
                    UUID.nameUUIDFromBytes(("year-end-close:" + legalEntity + ":" + year)
                            .getBytes(StandardCharsets.UTF_8)), year.toString()), null, null,
                    "Year-end close " + year + ": profit and loss into retained earnings", List.copyOf(lines));
            commands.send(new PostJournalEntry(new JournalEntryId(entryId), entry));
        }));
        charts.postedTo(Map.of(legalEntity, Map.of(retained.number(), retained)));
    }

    /** Per currency, the income and expense accounts' balances at the year's end that are not zero. */
    private Map<String, Map<String, BigDecimal>> profitAndLoss(String legalEntity, LocalDate lastDay) {
        return Snapshot.read(dataSource, (Connection c) -> {
            Map<String, Map<String, BigDecimal>> balances = new LinkedHashMap<>();
            try (PreparedStatement select = c.prepareStatement("""
                    SELECT b.currency, b.account, sum(b.debit - b.credit)
                    FROM ledger_day_balance b
                    JOIN ledger_account a ON a.legal_entity = b.legal_entity AND a.account = b.account
                    WHERE b.legal_entity = ? AND b.day <= ? AND a.type = ANY (?)
                    GROUP BY b.currency, b.account HAVING sum(b.debit - b.credit) <> 0
                    ORDER BY b.currency, b.account""")) {
                select.setString(1, legalEntity);
                select.setObject(2, lastDay);
                select.setArray(3, c.createArrayOf("varchar", Arrays.stream(AccountType.values())
                        .filter(AccountType::profitAndLoss).map(AccountType::name).toArray()));
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        balances.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                                .put(rs.getString(2), rs.getBigDecimal(3));
                    }
                }
            }
            return balances;
        });
    }
}
