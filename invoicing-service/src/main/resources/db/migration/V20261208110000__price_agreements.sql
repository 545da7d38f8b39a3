-- Price lists per legal entity and currency (at most one holds on a day: the price book decides), their prices, and
-- the contract prices agreed with each customer: the read model of PriceBook and ContractPriceAgreement.
CREATE TABLE price_list (
    price_list_id UUID         PRIMARY KEY,
    legal_entity  VARCHAR(10)  NOT NULL,
    currency      CHAR(3)      NOT NULL,
    name          VARCHAR(100) NOT NULL,
    valid_from    DATE         NOT NULL,
    valid_to      DATE,
    revision      INT          NOT NULL,
    products      INT          NOT NULL,
    changed_by    VARCHAR(200),
    changed_at    TIMESTAMPTZ  NOT NULL
);
CREATE INDEX price_list_by_ledger ON price_list (legal_entity, currency, valid_from, price_list_id);

CREATE TABLE price_list_price (
    price_list_id UUID        NOT NULL REFERENCES price_list (price_list_id),
    product       VARCHAR(40) NOT NULL,
    unit_price    NUMERIC     NOT NULL,
    PRIMARY KEY (price_list_id, product)
);
CREATE INDEX price_list_price_by_product ON price_list_price (product, price_list_id);

CREATE TABLE contract_price_agreement (
    customer_id  UUID         PRIMARY KEY,
    legal_entity VARCHAR(10)  NOT NULL,
    currency     CHAR(3)      NOT NULL,
    revision     INT          NOT NULL,
    changed_by   VARCHAR(200),
    changed_at   TIMESTAMPTZ  NOT NULL
);

CREATE TABLE contract_price (
    customer_id UUID        NOT NULL REFERENCES contract_price_agreement (customer_id),
    position    INT         NOT NULL,
    product     VARCHAR(40) NOT NULL,
    unit_price  NUMERIC     NOT NULL,
    valid_from  DATE        NOT NULL,
    valid_to    DATE,
    PRIMARY KEY (customer_id, position)
);
CREATE INDEX contract_price_by_product ON contract_price (customer_id, product, valid_from);
