-- Mail store: mailboxes, messages, expunge tombstones, blob references, ACLs, subscriptions, folder aliases, usage
-- Accounts are referred to by id only (no foreign key: the directory owns them).
CREATE TABLE mail_counters (
  name TEXT PRIMARY KEY,
  value INTEGER NOT NULL
);
INSERT INTO mail_counters (name, value) VALUES ('uidvalidity', 0);
CREATE TABLE mail_mailboxes (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  account_id INTEGER NOT NULL,
  name TEXT NOT NULL,
  uidvalidity INTEGER NOT NULL,
  uidnext INTEGER NOT NULL,
  highest_modseq INTEGER NOT NULL,
  recent_uid INTEGER NOT NULL,
  noselect INTEGER NOT NULL DEFAULT 0,
  mailbox_class TEXT NOT NULL DEFAULT 'mail',
  special_use TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX mail_mailboxes_name ON mail_mailboxes (account_id, name);
CREATE TABLE mail_blobs (
  hash TEXT PRIMARY KEY,
  size INTEGER NOT NULL,
  refcount INTEGER NOT NULL,
  zero_since INTEGER,
  sent_date INTEGER,
  base_subject TEXT,
  sort_from TEXT,
  sort_to TEXT,
  sort_cc TEXT,
  display_from TEXT,
  display_to TEXT,
  message_id TEXT,
  parsed BLOB
);
CREATE INDEX mail_blobs_zero ON mail_blobs (zero_since) WHERE zero_since IS NOT NULL;
CREATE TABLE mail_messages (
  mailbox_id INTEGER NOT NULL REFERENCES mail_mailboxes (id) ON DELETE CASCADE,
  uid INTEGER NOT NULL,
  modseq INTEGER NOT NULL,
  flags INTEGER NOT NULL,
  keywords TEXT NOT NULL DEFAULT '',
  internal_date INTEGER NOT NULL,
  size INTEGER NOT NULL,
  blob TEXT NOT NULL,
  PRIMARY KEY (mailbox_id, uid)
) WITHOUT ROWID;
CREATE INDEX mail_messages_modseq ON mail_messages (mailbox_id, modseq);
CREATE INDEX mail_messages_blob ON mail_messages (blob);
CREATE TABLE mail_expunged (
  mailbox_id INTEGER NOT NULL REFERENCES mail_mailboxes (id) ON DELETE CASCADE,
  uid INTEGER NOT NULL,
  modseq INTEGER NOT NULL,
  PRIMARY KEY (mailbox_id, uid)
) WITHOUT ROWID;
CREATE INDEX mail_expunged_modseq ON mail_expunged (mailbox_id, modseq);
CREATE TABLE mail_keywords (
  mailbox_id INTEGER NOT NULL REFERENCES mail_mailboxes (id) ON DELETE CASCADE,
  keyword_key TEXT NOT NULL,
  keyword TEXT NOT NULL,
  PRIMARY KEY (mailbox_id, keyword_key)
);
CREATE TABLE mail_acl (
  mailbox_id INTEGER NOT NULL REFERENCES mail_mailboxes (id) ON DELETE CASCADE,
  identifier TEXT NOT NULL,
  rights TEXT NOT NULL,
  PRIMARY KEY (mailbox_id, identifier)
);
CREATE TABLE mail_subscriptions (
  account_id INTEGER NOT NULL,
  name TEXT NOT NULL,
  PRIMARY KEY (account_id, name)
);
CREATE TABLE mail_aliases (
  account_id INTEGER NOT NULL,
  name TEXT NOT NULL,
  target TEXT NOT NULL,
  PRIMARY KEY (account_id, name)
);
CREATE TABLE mail_usage (
  account_id INTEGER PRIMARY KEY,
  storage INTEGER NOT NULL DEFAULT 0,
  messages INTEGER NOT NULL DEFAULT 0
);
