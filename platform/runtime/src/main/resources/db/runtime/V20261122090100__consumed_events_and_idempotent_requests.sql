-- Every event a Kafka consumer has taken effect for, recorded in the same transaction as the effect.
CREATE TABLE consumed_event (
    consumer    VARCHAR(100) NOT NULL,
    event_id    VARCHAR(64)  NOT NULL,
    consumed_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);

-- Records a consumer could not decode; kept for operators instead of blocking the partition.
CREATE TABLE rejected_event (
    id          BIGSERIAL    PRIMARY KEY,
    consumer    VARCHAR(100) NOT NULL,
    topic       VARCHAR(255) NOT NULL,
    partition   INTEGER      NOT NULL,
    record_offset BIGINT     NOT NULL,
    reason      TEXT         NOT NULL,
    record_value BYTEA,
    rejected_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- The first answer to each POST carrying an Idempotency-Key, per caller; a repeat gets the same answer.
CREATE TABLE idempotent_request (
    caller          VARCHAR(255) NOT NULL,
    idempotency_key VARCHAR(255) NOT NULL,
    fingerprint     VARCHAR(64)  NOT NULL,
    status          INTEGER,
    body            TEXT,
    location        TEXT,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (caller, idempotency_key)
);
