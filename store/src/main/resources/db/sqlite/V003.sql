-- Mail queue: messages waiting for delivery, their bodies and their recipients (SQL in org.parley.mail.queue)
CREATE TABLE queue_messages (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  sender TEXT NOT NULL,
  envelope_id TEXT,
  ret TEXT,
  body_type TEXT,
  smtputf8 INTEGER NOT NULL DEFAULT 0,
  requiretls INTEGER NOT NULL DEFAULT 0,
  size INTEGER NOT NULL,
  origin TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE TABLE queue_bodies (
  message_id INTEGER PRIMARY KEY REFERENCES queue_messages (id) ON DELETE CASCADE,
  body BLOB NOT NULL
);
CREATE TABLE queue_recipients (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  message_id INTEGER NOT NULL REFERENCES queue_messages (id) ON DELETE CASCADE,
  module TEXT NOT NULL,
  queue TEXT NOT NULL,
  host TEXT,
  port INTEGER NOT NULL DEFAULT 0,
  mx_lookup INTEGER NOT NULL DEFAULT 0,
  account_id INTEGER,
  mailbox TEXT,
  address TEXT NOT NULL,
  original TEXT NOT NULL,
  notify TEXT NOT NULL DEFAULT '',
  orcpt_type TEXT,
  orcpt_address TEXT,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt INTEGER NOT NULL,
  last_attempt INTEGER,
  last_error TEXT,
  delay_notified INTEGER NOT NULL DEFAULT 0,
  lease_until INTEGER,
  lease_owner TEXT
);
CREATE INDEX queue_recipients_due ON queue_recipients (next_attempt);
CREATE INDEX queue_recipients_message ON queue_recipients (message_id);
CREATE INDEX queue_recipients_queue ON queue_recipients (module, queue);
