-- The programme store's first schema (issue 22). Applied once by Migrations, in one transaction.
-- Every row that belongs to a lab carries the lab's name, so that row-level security can hold each lab's
-- role to its own rows (V2 and Roles).

-- One number for pushes and reports alike, so that the history lists them in one sequence.
CREATE SEQUENCE recits_history_seq;

CREATE TABLE recits_lab (
  name    text PRIMARY KEY,
  db_role text
);

-- A file's bytes, kept by content: a file pushed again unchanged is not stored twice, and every version a
-- report read stays, so that the report can be made again from its history.
CREATE TABLE recits_blob (
  lab    text   NOT NULL REFERENCES recits_lab (name),
  sha256 text   NOT NULL,
  size   bigint NOT NULL,
  PRIMARY KEY (lab, sha256)
);

-- The bytes in pieces of 1 MiB, loaded with COPY and read back with a cursor: no file is held whole in memory.
CREATE TABLE recits_chunk (
  lab    text  NOT NULL,
  sha256 text  NOT NULL,
  seq    int   NOT NULL,
  data   bytea NOT NULL,
  PRIMARY KEY (lab, sha256, seq),
  FOREIGN KEY (lab, sha256) REFERENCES recits_blob (lab, sha256)
);

CREATE TABLE recits_push (
  id             bigint      PRIMARY KEY DEFAULT nextval('recits_history_seq'),
  lab            text        NOT NULL REFERENCES recits_lab (name),
  pushed_by      text        NOT NULL DEFAULT current_user,
  pushed_at      timestamptz NOT NULL DEFAULT now(),
  recits_version text        NOT NULL,
  added          int         NOT NULL DEFAULT 0,
  replaced       int         NOT NULL DEFAULT 0,
  unchanged      int         NOT NULL DEFAULT 0
);

-- A lab's data folder as it stands: each name with the content it has now.
CREATE TABLE recits_file (
  lab           text   NOT NULL,
  name          text   NOT NULL,
  sha256        text   NOT NULL,
  reader        text   NOT NULL,
  rows_kept     bigint NOT NULL,
  rows_rejected bigint NOT NULL,
  push_id       bigint NOT NULL REFERENCES recits_push (id),
  PRIMARY KEY (lab, name),
  FOREIGN KEY (lab, sha256) REFERENCES recits_blob (lab, sha256)
);

-- Each push's files, with what became of them.
CREATE TABLE recits_push_file (
  push_id       bigint NOT NULL REFERENCES recits_push (id),
  lab           text   NOT NULL,
  name          text   NOT NULL,
  sha256        text   NOT NULL,
  fate          text   NOT NULL CHECK (fate IN ('added', 'replaced', 'unchanged')),
  rows_kept     bigint NOT NULL,
  rows_rejected bigint NOT NULL,
  PRIMARY KEY (push_id, name)
);

-- Each report made from the store: what it read, wrote and ran with, to make it again byte for byte.
CREATE TABLE recits_report (
  id             bigint      PRIMARY KEY DEFAULT nextval('recits_history_seq'),
  labs           text[]      NOT NULL,
  period         text        NOT NULL,
  made_by        text        NOT NULL DEFAULT current_user,
  made_at        timestamptz NOT NULL DEFAULT now(),
  recits_version text        NOT NULL,
  options        text[]      NOT NULL,
  inputs         text[]      NOT NULL,
  outputs        text[]      NOT NULL,
  plugins        text[]      NOT NULL
);
