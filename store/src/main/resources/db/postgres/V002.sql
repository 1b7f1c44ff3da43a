-- Mail store: mailboxes, messages, expunge tombstones, blob references, ACLs, subscriptions, folder aliases, usage
-- Accounts are referred to by id only (no foreign key: the directory owns them).
CREATE TABLE mail_counters (
  name TEXT PRIMARY KEY,
  value BIGINT NOT NULL
);
INSERT INTO mail_counters (name, value) VALUES ('uidvalidity', 0);
CREATE TABLE mail_mailboxes (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account_id BIGINT NOT NULL,
  name TEXT NOT NULL,
  uidvalidity BIGINT NOT NULL,
  uidnext BIGINT NOT NULL,
  highest_modseq BIGINT NOT NULL,
  recent_uid BIGINT NOT NULL,
  noselect BIGINT NOT NULL DEFAULT 0,
  mailbox_class TEXT NOT NULL DEFAULT 'mail',
  special_use TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX mail_mailboxes_name ON mail_mailboxes (account_id, name);
CREATE TABLE mail_blobs (
  hash TEXT PRIMARY KEY,
  size BIGINT NOT NULL,
  refcount BIGINT NOT NULL,
  zero_since BIGINT,
  sent_date BIGINT,
  base_subject TEXT,
  sort_from TEXT,
  sort_to TEXT,
  sort_cc TEXT,
  display_from TEXT,
  display_to TEXT,
  message_id TEXT,
  parsed BYTEA
);
CREATE INDEX mail_blobs_zero ON mail_blobs (zero_since) WHERE zero_since IS NOT NULL;
CREATE TABLE mail_messages (
  mailbox_id BIGINT NOT NULL REFERENCES mail_mailboxes (id) ON DELETE CASCADE,
  uid BIGINT NOT NULL,
  modseq BIGINT NOT NULL,
  flags BIGINT NOT NULL,
  keywords TEXT NOT NULL DEFAULT '',
  internal_date BIGINT NOT NULL,
  size BIGINT NOT NULL,
  blob TEXT NOT NULL,
  PRIMARY KEY (mailbox_id, uid)
);
CREATE INDEX mail_messages_modseq ON mail_messages (mailbox_id, modseq);
CREATE INDEX mail_messages_blob ON mail_messages (blob);
CREATE TABLE mail_expunged (
  mailbox_id BIGINT NOT NULL REFERENCES mail_mailboxes (id) ON DELETE CASCADE,
  uid BIGINT NOT NULL,
  modseq BIGINT NOT NULL,
  PRIMARY KEY (mailbox_id, uid)
);
CREATE INDEX mail_expunged_modseq ON mail_expunged (mailbox_id, modseq);
CREATE TABLE mail_keywords (
  mailbox_id BIGINT NOT NULL REFERENCES mail_mailboxes (id) ON DELETE CASCADE,
  keyword_key TEXT NOT NULL,
  keyword TEXT NOT NULL,
  PRIMARY KEY (mailbox_id, keyword_key)
);
CREATE TABLE mail_acl (
  mailbox_id BIGINT NOT NULL REFERENCES mail_mailboxes (id) ON DELETE CASCADE,
  identifier TEXT NOT NULL,
  rights TEXT NOT NULL,
  PRIMARY KEY (mailbox_id, identifier)
);
CREATE TABLE mail_subscriptions (
  account_id BIGINT NOT NULL,
  name TEXT NOT NULL,
  PRIMARY KEY (account_id, name)
);
CREATE TABLE mail_aliases (
  account_id BIGINT NOT NULL,
  name TEXT NOT NULL,
  target TEXT NOT NULL,
  PRIMARY KEY (account_id, name)
);
CREATE TABLE mail_usage (
  account_id BIGINT PRIMARY KEY,
  storage BIGINT NOT NULL DEFAULT 0,
  messages BIGINT NOT NULL DEFAULT 0
);
-- Shared blob store for clusters (org.parley.store.blob.PostgresBlobStore)
CREATE TABLE blob_objects (
  hash TEXT PRIMARY KEY,
  size BIGINT NOT NULL,
  touched_at BIGINT NOT NULL
);
CREATE INDEX blob_objects_touched ON blob_objects (touched_at);
CREATE TABLE blob_chunks (
  hash TEXT NOT NULL,
  seq INTEGER NOT NULL,
  data BYTEA NOT NULL,
  PRIMARY KEY (hash, seq)
);
