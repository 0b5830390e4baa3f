-- GovDisclosure.Policy.Data: a register's tables for PostgreSQL (docs/databases.md).
-- Dates are PostgreSQL's date type, which the server keeps valid; flags are boolean. A list of codes is one text of codes separated by commas.
CREATE TABLE bodies (
    id                    text NOT NULL PRIMARY KEY,
    name                  text NOT NULL,
    type                  text NOT NULL,
    principal             text NOT NULL,
    principal_took_office date NOT NULL,
    supervision_contact   text,
    level                 text,
    role                  text
);

CREATE TABLE body_catalogs (
    body_id  text NOT NULL,
    position integer NOT NULL,
    catalog  text NOT NULL,
    PRIMARY KEY (body_id, position)
);

CREATE TABLE records (
    id           text NOT NULL PRIMARY KEY,
    body_id      text NOT NULL,
    catalog      text,
    catalog_row  text NOT NULL,
    item         text,
    trigger_date date NOT NULL,
    subject      text,
    classified   boolean NOT NULL DEFAULT false,
    falsified    boolean NOT NULL DEFAULT false,
    refused      boolean NOT NULL DEFAULT false
);

CREATE TABLE publications (
    record_id         text NOT NULL,
    position          integer NOT NULL,
    published_on      date NOT NULL,
    channels          text NOT NULL,
    national_channels text,
    taken_down_on     date,
    PRIMARY KEY (record_id, position)
);

CREATE TABLE commitments (
    body_id               text NOT NULL,
    one_window            boolean NOT NULL DEFAULT false,
    one_time_notification boolean NOT NULL DEFAULT false,
    one_stop              boolean NOT NULL DEFAULT false,
    end_to_end            boolean NOT NULL DEFAULT false,
    signed_by             text NOT NULL,
    signed_on             date NOT NULL,
    approved_on           date,
    published_on          date
);

CREATE TABLE disclosure_rules (
    body_id      text NOT NULL,
    approved_on  date,
    published_on date
);

-- A row per planned day; a plan with no day yet is one row with planned_on empty.
CREATE TABLE inspections (
    year       integer NOT NULL,
    body_id    text,
    planned_on date
);

CREATE TABLE complaints (
    id                         text NOT NULL PRIMARY KEY,
    body_id                    text NOT NULL,
    channel                    text NOT NULL,
    lodged_on                  date NOT NULL,
    base_unit_answered_on      date,
    escalated_to_department_on date,
    department_answered_on     date,
    escalated_to_office_on     date,
    office_answered_on         date,
    resolved_on                date,
    resolution                 text,
    rectified_on               date
);

CREATE TABLE requests (
    id           text NOT NULL PRIMARY KEY,
    body_id      text NOT NULL,
    channel      text NOT NULL,
    arrived_on   date NOT NULL,
    confirmed_on date,
    applicant    text NOT NULL
);

CREATE TABLE request_events (
    request_id      text NOT NULL,
    position        integer NOT NULL,
    kind            text NOT NULL,
    on_date         date NOT NULL,
    until_date      date,
    working_days    integer,
    party           text,
    outcome         text,
    method          text,
    told_of_redress boolean,
    PRIMARY KEY (request_id, position)
);

CREATE TABLE annual_reports (
    body_id      text NOT NULL,
    year         integer NOT NULL,
    published_on date NOT NULL,
    PRIMARY KEY (body_id, year)
);

CREATE TABLE redress_cases (
    id         text NOT NULL PRIMARY KEY,
    body_id    text NOT NULL,
    kind       text NOT NULL,
    filed_on   date NOT NULL,
    result     text NOT NULL,
    decided_on date,
    request_id text
);
