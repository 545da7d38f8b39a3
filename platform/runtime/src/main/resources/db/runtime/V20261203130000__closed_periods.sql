-- The accounting periods reporting-service has closed (o2c.reporting.events), for services that refuse documents
-- dated inside one. A reopened period's row is removed.
CREATE TABLE closed_period (
    legal_entity VARCHAR(10) NOT NULL,
    period       CHAR(7)     NOT NULL,
    PRIMARY KEY (legal_entity, period)
);
