-- The days each customer and currency is listed in the AR aging (has a counted item, unapplied cash or a credit
-- balance), kept by the receivables projection, so that the page of customers of any past day is found by name
-- among those listed on it: listed_on @> day.
ALTER TABLE ar_customer_position ADD COLUMN listed_on datemultirange NOT NULL DEFAULT '{}';
DROP INDEX ar_customer_position_listed;
DROP INDEX ar_customer_position_by_last_date;
-- a page of one legal entity by name (the whole company's uses ar_customer_position_by_name)
CREATE INDEX ar_customer_position_by_entity_name
    ON ar_customer_position (legal_entity, customer_name, customer_id, currency);

WITH position_day AS (
    SELECT customer_id, currency, effective_date, sum(open_delta) AS open_delta,
           sum(unapplied_delta) AS unapplied_delta, sum(credit_delta) AS credit_delta
    FROM (SELECT customer_id, currency, effective_date, delta AS open_delta, 0 AS unapplied_delta, 0 AS credit_delta
          FROM ar_item_movement
          UNION ALL
          SELECT customer_id, currency, effective_date, 0, unapplied_delta, credit_delta FROM ar_account_movement) m
    GROUP BY customer_id, currency, effective_date),
listing AS (
    SELECT customer_id, currency, effective_date,
           lead(effective_date) OVER (PARTITION BY customer_id, currency ORDER BY effective_date) AS next_day,
           (sum(open_delta) OVER w <> 0 OR sum(unapplied_delta) OVER w <> 0 OR sum(credit_delta) OVER w <> 0)
               AS listed
    FROM position_day
    WINDOW w AS (PARTITION BY customer_id, currency ORDER BY effective_date))
UPDATE ar_customer_position p SET listed_on = l.listed_on
FROM (SELECT customer_id, currency, range_agg(daterange(effective_date, next_day)) AS listed_on
      FROM listing WHERE listed GROUP BY customer_id, currency) l
WHERE l.customer_id = p.customer_id AND l.currency = p.currency;

-- every row was rewritten: the planner needs the new column's statistics to find a page by name
ANALYZE ar_customer_position;
