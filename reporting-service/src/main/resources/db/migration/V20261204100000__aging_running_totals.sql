-- Running totals of the AR aging, kept by the "receivables" projection beside the open items, so that a report
-- reads days and due dates instead of every open item. Each total is kept twice: as it is now, and as its dated
-- changes (effective date = the business date of the movement). A total as of a past day is the total now minus
-- its changes dated after that day.
--
-- "Listed" is the report's rule for a row: an item is counted while its open amount is not zero; a customer and
-- currency is a row while it has an item counted, unapplied cash or a credit balance.

-- the day of an item's latest movement: a movement dated before it changes the item's history, not only its end
ALTER TABLE ar_open_item ADD COLUMN last_moved_on DATE;
UPDATE ar_open_item i SET last_moved_on = m.last_moved_on
FROM (SELECT invoice_id, max(effective_date) AS last_moved_on FROM ar_item_movement GROUP BY invoice_id) m
WHERE m.invoice_id = i.invoice_id;

-- open amounts and counted items per legal entity, currency and due date: now, and their dated changes
CREATE TABLE ar_aging_due (
    legal_entity VARCHAR(10) NOT NULL,
    currency     CHAR(3)     NOT NULL,
    due_date     DATE        NOT NULL,
    open_amount  NUMERIC     NOT NULL,
    items        BIGINT      NOT NULL,
    PRIMARY KEY (legal_entity, currency, due_date)
);
CREATE TABLE ar_aging_due_change (
    legal_entity   VARCHAR(10) NOT NULL,
    currency       CHAR(3)     NOT NULL,
    effective_date DATE        NOT NULL,
    due_date       DATE        NOT NULL,
    open_delta     NUMERIC     NOT NULL,
    items_delta    BIGINT      NOT NULL,
    PRIMARY KEY (legal_entity, currency, effective_date, due_date)
);

-- one row per customer and currency that ever had an open item or an account movement, with its name for the
-- report's order; last_date is the day of its latest movement
CREATE TABLE ar_customer_position (
    customer_id    UUID        NOT NULL,
    currency       CHAR(3)     NOT NULL,
    legal_entity   VARCHAR(10) NOT NULL,
    customer_name  TEXT,
    open_amount    NUMERIC     NOT NULL,
    unapplied_cash NUMERIC     NOT NULL,
    credit_balance NUMERIC     NOT NULL,
    last_date      DATE        NOT NULL,
    PRIMARY KEY (customer_id, currency)
);
CREATE INDEX ar_customer_position_by_name ON ar_customer_position (customer_name, customer_id, currency);
CREATE INDEX ar_customer_position_listed ON ar_customer_position (customer_name, customer_id, currency)
    WHERE open_amount <> 0 OR unapplied_cash <> 0 OR credit_balance <> 0;
CREATE INDEX ar_customer_position_by_last_date ON ar_customer_position (last_date);

-- listed customer rows, unapplied cash and credit balances per legal entity and currency: now, and dated changes
CREATE TABLE ar_aging_customers (
    legal_entity   VARCHAR(10) NOT NULL,
    currency       CHAR(3)     NOT NULL,
    customers      BIGINT      NOT NULL,
    unapplied_cash NUMERIC     NOT NULL,
    credit_balance NUMERIC     NOT NULL,
    PRIMARY KEY (legal_entity, currency)
);
CREATE TABLE ar_aging_customers_change (
    legal_entity    VARCHAR(10) NOT NULL,
    currency        CHAR(3)     NOT NULL,
    effective_date  DATE        NOT NULL,
    customers_delta BIGINT      NOT NULL,
    unapplied_delta NUMERIC     NOT NULL,
    credit_delta    NUMERIC     NOT NULL,
    PRIMARY KEY (legal_entity, currency, effective_date)
);

-- the totals of what is already projected, reckoned from the dated movements as the projection reckons them
INSERT INTO ar_aging_due (legal_entity, currency, due_date, open_amount, items)
SELECT legal_entity, currency, due_date, sum(open_amount), count(*) FILTER (WHERE open_amount <> 0)
FROM ar_open_item GROUP BY legal_entity, currency, due_date;

INSERT INTO ar_aging_due_change (legal_entity, currency, effective_date, due_date, open_delta, items_delta)
SELECT legal_entity, currency, effective_date, due_date, sum(delta), sum(listed - listed_before)
FROM (SELECT i.legal_entity, i.currency, i.due_date, d.effective_date, d.delta, d.listed,
             coalesce(lag(d.listed) OVER (PARTITION BY d.invoice_id ORDER BY d.effective_date), 0) AS listed_before
      FROM (SELECT invoice_id, effective_date, sum(delta) AS delta,
                   (sum(sum(delta)) OVER (PARTITION BY invoice_id ORDER BY effective_date) <> 0)::int AS listed
            FROM ar_item_movement GROUP BY invoice_id, effective_date) d
      JOIN ar_open_item i USING (invoice_id)) item_day
GROUP BY legal_entity, currency, effective_date, due_date
HAVING sum(delta) <> 0 OR sum(listed - listed_before) <> 0;

CREATE TEMPORARY TABLE position_day ON COMMIT DROP AS
SELECT customer_id, currency, max(legal_entity) AS legal_entity, effective_date, sum(open_delta) AS open_delta,
       sum(unapplied_delta) AS unapplied_delta, sum(credit_delta) AS credit_delta
FROM (SELECT customer_id, currency, legal_entity, effective_date, delta AS open_delta, 0 AS unapplied_delta,
             0 AS credit_delta FROM ar_item_movement
      UNION ALL
      SELECT customer_id, currency, legal_entity, effective_date, 0, unapplied_delta, credit_delta
      FROM ar_account_movement) movement
GROUP BY customer_id, currency, effective_date;

INSERT INTO ar_customer_position (customer_id, currency, legal_entity, customer_name, open_amount, unapplied_cash,
                                  credit_balance, last_date)
SELECT p.customer_id, p.currency, max(p.legal_entity), max(cu.name), sum(p.open_delta), sum(p.unapplied_delta),
       sum(p.credit_delta), max(p.effective_date)
FROM position_day p LEFT JOIN ar_customer cu ON cu.customer_id = p.customer_id
GROUP BY p.customer_id, p.currency;

INSERT INTO ar_aging_customers (legal_entity, currency, customers, unapplied_cash, credit_balance)
SELECT legal_entity, currency,
       count(*) FILTER (WHERE open_amount <> 0 OR unapplied_cash <> 0 OR credit_balance <> 0),
       sum(unapplied_cash), sum(credit_balance)
FROM ar_customer_position GROUP BY legal_entity, currency;

INSERT INTO ar_aging_customers_change (legal_entity, currency, effective_date, customers_delta, unapplied_delta,
                                       credit_delta)
SELECT legal_entity, currency, effective_date, sum(listed - listed_before), sum(unapplied_delta), sum(credit_delta)
FROM (SELECT legal_entity, effective_date, currency, unapplied_delta, credit_delta, listed,
             coalesce(lag(listed) OVER (PARTITION BY customer_id, currency ORDER BY effective_date), 0)
                 AS listed_before
      FROM (SELECT *, (sum(open_delta) OVER w <> 0 OR sum(unapplied_delta) OVER w <> 0
                       OR sum(credit_delta) OVER w <> 0)::int AS listed
            FROM position_day
            WINDOW w AS (PARTITION BY customer_id, currency ORDER BY effective_date)) d) position
GROUP BY legal_entity, currency, effective_date
HAVING sum(listed - listed_before) <> 0 OR sum(unapplied_delta) <> 0 OR sum(credit_delta) <> 0;

-- a legal entity's own aging buckets: the latest row is in force, the earlier ones are its audit trail
CREATE TABLE aging_schedule (
    change_id      BIGSERIAL   PRIMARY KEY,
    legal_entity   VARCHAR(10) NOT NULL,
    past_due_up_to INT[]       NOT NULL,
    changed_by     TEXT        NOT NULL,
    changed_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX aging_schedule_by_entity ON aging_schedule (legal_entity, change_id);
