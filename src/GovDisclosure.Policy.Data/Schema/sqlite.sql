-- GovDisclosure.Policy.Data: a register's tables for SQLite (docs/databases.md).
-- Dates are ISO text (yyyy-MM-dd): SQLite has no date type, and ISO text sorts and compares as the dates it names.
-- Flags are integers 0 and 1. A list of codes is one text of codes separated by commas.
CREATE TABLE bodies (
    id                    TEXT NOT NULL PRIMARY KEY,
    name                  TEXT NOT NULL,
    type                  TEXT NOT NULL,
    principal             TEXT NOT NULL,
    principal_took_office TEXT NOT NULL,
    supervision_contact   TEXT,
    level                 TEXT,
    role                  TEXT
) WITHOUT ROWID;

CREATE TABLE body_catalogs (
    body_id  TEXT NOT NULL,
    position INTEGER NOT NULL,
    catalog  TEXT NOT NULL,
    PRIMARY KEY (body_id, position)
) WITHOUT ROWID;

-- Clustered by id, so that the records and their publications stream in key order without a sort.
CREATE TABLE records (
    id           TEXT NOT NULL PRIMARY KEY,
    body_id      TEXT NOT NULL,
    catalog      TEXT,
    catalog_row  TEXT NOT NULL,
    item         TEXT,
    trigger_date TEXT NOT NULL,
    subject      TEXT,
    classified   INTEGER NOT NULL DEFAULT 0,
    falsified    INTEGER NOT NULL DEFAULT 0,
    refused      INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

CREATE TABLE publications (
    record_id         TEXT NOT NULL,
    position          INTEGER NOT NULL,
    published_on      TEXT NOT NULL,
    channels          TEXT NOT NULL,
    national_channels TEXT,
    taken_down_on     TEXT,
    PRIMARY KEY (record_id, position)
) WITHOUT ROWID;

CREATE TABLE commitments (
    body_id               TEXT NOT NULL,
    one_window            INTEGER NOT NULL DEFAULT 0,
    one_time_notification INTEGER NOT NULL DEFAULT 0,
    one_stop              INTEGER NOT NULL DEFAULT 0,
    end_to_end            INTEGER NOT NULL DEFAULT 0,
    signed_by             TEXT NOT NULL,
    signed_on             TEXT NOT NULL,
    approved_on           TEXT,
    published_on          TEXT
);

CREATE TABLE disclosure_rules (
    body_id      TEXT NOT NULL,
    approved_on  TEXT,
    published_on TEXT
);

-- A row per planned day; a plan with no day yet is one row with planned_on empty.
CREATE TABLE inspections (
    year       INTEGER NOT NULL,
    body_id    TEXT,
    planned_on TEXT
);

CREATE TABLE complaints (
    id                         TEXT NOT NULL PRIMARY KEY,
    body_id                    TEXT NOT NULL,
    channel                    TEXT NOT NULL,
    lodged_on                  TEXT NOT NULL,
    base_unit_answered_on      TEXT,
    escalated_to_department_on TEXT,
    department_answered_on     TEXT,
    escalated_to_office_on     TEXT,
    office_answered_on         TEXT,
    resolved_on                TEXT,
    resolution                 TEXT,
    rectified_on               TEXT
) WITHOUT ROWID;

CREATE TABLE requests (
    id           TEXT NOT NULL PRIMARY KEY,
    body_id      TEXT NOT NULL,
    channel      TEXT NOT NULL,
    arrived_on   TEXT NOT NULL,
    confirmed_on TEXT,
    applicant    TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE request_events (
    request_id      TEXT NOT NULL,
    position        INTEGER NOT NULL,
    kind            TEXT NOT NULL,
    on_date         TEXT NOT NULL,
    until_date      TEXT,
    working_days    INTEGER,
    party           TEXT,
    outcome         TEXT,
    method          TEXT,
    told_of_redress INTEGER,
    PRIMARY KEY (request_id, position)
) WITHOUT ROWID;

CREATE TABLE annual_reports (
    body_id      TEXT NOT NULL,
    year         INTEGER NOT NULL,
    published_on TEXT NOT NULL,
    PRIMARY KEY (body_id, year)
) WITHOUT ROWID;

CREATE TABLE redress_cases (
    id         TEXT NOT NULL PRIMARY KEY,
    body_id    TEXT NOT NULL,
    kind       TEXT NOT NULL,
    filed_on   TEXT NOT NULL,
    result     TEXT NOT NULL,
    decided_on TEXT,
    request_id TEXT
) WITHOUT ROWID;
