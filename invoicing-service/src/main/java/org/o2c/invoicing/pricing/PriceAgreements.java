package org.o2c.invoicing.pricing;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.o2c.runtime.axon.RequestMetaData;
import org.o2c.runtime.paging.Page;
import org.o2c.runtime.paging.Where;
import org.o2c.runtime.security.LegalEntityScope;

/**
 * The price lists and contract prices in force, updated in the same transaction as the events they follow, and the
 * price a customer pays for a product on a day.
 */
@Singleton
public class PriceAgreements {
    @Inject
    DataSource dataSource;

    @EventHandler
    void on(PriceListPublished event, @MetaDataValue(RequestMetaData.ACTING_USER) String actingUser,
            @org.axonframework.eventhandling.Timestamp Instant at) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO price_list (price_list_id, legal_entity, currency, name, valid_from, valid_to, revision,
                                        products, changed_by, changed_at)
                VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?)""")) {
            insert.setObject(1, event.priceListId());
            insert.setString(2, event.legalEntity());
            insert.setString(3, event.currency());
            insert.setString(4, event.name());
            insert.setDate(5, Date.valueOf(event.validFrom()));
            insert.setDate(6, day(event.validTo()));
            insert.setInt(7, event.prices().size());
            insert.setString(8, actingUser);
            insert.setTimestamp(9, Timestamp.from(at));
            insert.executeUpdate();
            insertPrices(c, event.priceListId(), event.prices());
        }
    }

    @EventHandler
    void on(PriceListRevised event, @MetaDataValue(RequestMetaData.ACTING_USER) String actingUser,
            @org.axonframework.eventhandling.Timestamp Instant at) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement("""
                UPDATE price_list SET valid_from = ?, valid_to = ?, revision = ?, products = ?, changed_by = ?,
                                      changed_at = ?
                WHERE price_list_id = ?""");
             PreparedStatement delete = c.prepareStatement("DELETE FROM price_list_price WHERE price_list_id = ?")) {
            update.setDate(1, Date.valueOf(event.validFrom()));
            update.setDate(2, day(event.validTo()));
            update.setInt(3, event.revision());
            update.setInt(4, event.prices().size());
            update.setString(5, actingUser);
            update.setTimestamp(6, Timestamp.from(at));
            update.setObject(7, event.priceListId());
            update.executeUpdate();
            delete.setObject(1, event.priceListId());
            delete.executeUpdate();
            insertPrices(c, event.priceListId(), event.prices());
        }
    }

    private static void insertPrices(Connection c, UUID priceListId, List<ListedPrice> prices) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO price_list_price (price_list_id, product, unit_price) VALUES (?, ?, ?)")) {
            for (ListedPrice price : prices) {
                insert.setObject(1, priceListId);
                insert.setString(2, price.product());
                insert.setBigDecimal(3, price.unitPrice());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @EventHandler
    void on(ContractPricesAgreed event, @MetaDataValue(RequestMetaData.ACTING_USER) String actingUser,
            @org.axonframework.eventhandling.Timestamp Instant at) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement upsert = c.prepareStatement("""
                INSERT INTO contract_price_agreement (customer_id, legal_entity, currency, revision, changed_by,
                                                      changed_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (customer_id) DO UPDATE SET revision = EXCLUDED.revision,
                    changed_by = EXCLUDED.changed_by, changed_at = EXCLUDED.changed_at""");
             PreparedStatement delete = c.prepareStatement("DELETE FROM contract_price WHERE customer_id = ?");
             PreparedStatement insert = c.prepareStatement("""
                     INSERT INTO contract_price (customer_id, position, product, unit_price, valid_from, valid_to)
                     VALUES (?, ?, ?, ?, ?, ?)""")) {
            upsert.setObject(1, event.customerId());
            upsert.setString(2, event.legalEntity());
            upsert.setString(3, event.currency());
            upsert.setInt(4, event.revision());
            upsert.setString(5, actingUser);
            upsert.setTimestamp(6, Timestamp.from(at));
            upsert.executeUpdate();
            delete.setObject(1, event.customerId());
            delete.executeUpdate();
            int position = 0;
            for (ContractPrice price : event.prices()) {
                insert.setObject(1, event.customerId());
                insert.setInt(2, position++);
                insert.setString(3, price.product());
                insert.setBigDecimal(4, price.unitPrice());
                insert.setDate(5, Date.valueOf(price.validFrom()));
                insert.setDate(6, day(price.validTo()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    public Optional<PriceListView> priceList(UUID id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT * FROM price_list WHERE price_list_id = ?");
             PreparedStatement prices = c.prepareStatement(
                     "SELECT product, unit_price FROM price_list_price WHERE price_list_id = ? ORDER BY product")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                String currency = row.getString("currency");
                List<PriceListView.PriceView> listed = new ArrayList<>();
                prices.setObject(1, id);
                try (ResultSet price = prices.executeQuery()) {
                    while (price.next()) {
                        listed.add(new PriceListView.PriceView(price.getString(1),
                                shown(price.getBigDecimal(2), currency)));
                    }
                }
                return Optional.of(new PriceListView(id, row.getString("legal_entity"), currency,
                        row.getString("name"), row.getObject("valid_from", LocalDate.class),
                        row.getObject("valid_to", LocalDate.class), row.getInt("revision"),
                        row.getString("changed_by"), row.getTimestamp("changed_at").toInstant(), listed));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Price lists by legal entity, currency and first day, optionally only those holding on {@code on}. */
    public Page<PriceListSummaryView> priceLists(LegalEntityScope scope, String legalEntity, String currency,
                                                 LocalDate on, int page, int size) {
        Where where = Where.inScope(scope, "legal_entity").equal("legal_entity", legalEntity)
                .equal("currency", currency);
        if (on != null) {
            where = where.condition("valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)", on, on);
        }
        return where.page("price_list", "legal_entity, currency, valid_from, price_list_id")
                .fetch(dataSource, page, size, row -> new PriceListSummaryView(
                        row.getObject("price_list_id", UUID.class), row.getString("legal_entity"),
                        row.getString("currency"), row.getString("name"), row.getObject("valid_from", LocalDate.class),
                        row.getObject("valid_to", LocalDate.class), row.getInt("revision"), row.getInt("products"),
                        row.getTimestamp("changed_at").toInstant()));
    }

    /** The customer's contract prices; revision 0 and none while nothing was agreed. */
    public ContractPricesView contractPrices(UUID customerId, String legalEntity, String currency) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement(
                     "SELECT revision, changed_by, changed_at FROM contract_price_agreement WHERE customer_id = ?");
             PreparedStatement prices = c.prepareStatement("""
                     SELECT product, unit_price, valid_from, valid_to FROM contract_price WHERE customer_id = ?
                     ORDER BY product, valid_from""")) {
            select.setObject(1, customerId);
            int revision = 0;
            String changedBy = null;
            Instant changedAt = null;
            try (ResultSet row = select.executeQuery()) {
                if (row.next()) {
                    revision = row.getInt(1);
                    changedBy = row.getString(2);
                    changedAt = row.getTimestamp(3).toInstant();
                }
            }
            List<ContractPricesView.PriceView> agreed = new ArrayList<>();
            prices.setObject(1, customerId);
            try (ResultSet price = prices.executeQuery()) {
                while (price.next()) {
                    agreed.add(new ContractPricesView.PriceView(price.getString(1),
                            shown(price.getBigDecimal(2), currency), price.getObject(3, LocalDate.class),
                            price.getObject(4, LocalDate.class)));
                }
            }
            return new ContractPricesView(customerId, legalEntity, currency, revision, changedBy, changedAt, agreed);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What the customer pays for the product on the day: its contract price holding then, else the price on the
     * price list of its legal entity and currency holding then; empty when neither prices the product.
     */
    public Optional<AgreedPriceView> agreedPrice(UUID customerId, String legalEntity, String currency, String product,
                                                 LocalDate on) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement contract = c.prepareStatement("""
                     SELECT unit_price, valid_from, valid_to FROM contract_price
                     WHERE customer_id = ? AND product = ? AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)""");
             PreparedStatement listed = c.prepareStatement("""
                     SELECT l.price_list_id, l.name, l.valid_from, l.valid_to, p.unit_price
                     FROM price_list l JOIN price_list_price p ON p.price_list_id = l.price_list_id
                     WHERE l.legal_entity = ? AND l.currency = ? AND l.valid_from <= ?
                       AND (l.valid_to IS NULL OR l.valid_to >= ?) AND p.product = ?""")) {
            contract.setObject(1, customerId);
            contract.setString(2, product);
            contract.setDate(3, Date.valueOf(on));
            contract.setDate(4, Date.valueOf(on));
            try (ResultSet row = contract.executeQuery()) {
                if (row.next()) {
                    return Optional.of(new AgreedPriceView(customerId, product, on, currency,
                            shown(row.getBigDecimal(1), currency), AgreedPriceView.Source.CONTRACT, null, null,
                            row.getObject(2, LocalDate.class), row.getObject(3, LocalDate.class)));
                }
            }
            listed.setString(1, legalEntity);
            listed.setString(2, currency);
            listed.setDate(3, Date.valueOf(on));
            listed.setDate(4, Date.valueOf(on));
            listed.setString(5, product);
            try (ResultSet row = listed.executeQuery()) {
                if (row.next()) {
                    return Optional.of(new AgreedPriceView(customerId, product, on, currency,
                            shown(row.getBigDecimal(5), currency), AgreedPriceView.Source.PRICE_LIST,
                            row.getObject(1, UUID.class), row.getString(2), row.getObject(3, LocalDate.class),
                            row.getObject(4, LocalDate.class)));
                }
            }
            return Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A day for a nullable DATE column (a validity without its last day). */
    private static Date day(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    /** A unit price as stored, with at least the currency's minor unit: 119.5 EUR shows as 119.50. */
    private static String shown(BigDecimal price, String currency) {
        int digits = Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
        return price.setScale(Math.max(price.stripTrailingZeros().scale(), digits)).toPlainString();
    }
}
