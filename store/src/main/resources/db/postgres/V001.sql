-- Directory: domains, domain aliases, accounts, account aliases, forwarders, groups, settings
-- Names are stored as written; name_key is the ASCII lower-case form all lookups and uniqueness use.
-- Ids come from identity columns, which never hand out a deleted object's id again.
CREATE TABLE domains (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name TEXT NOT NULL,
    is_main INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX domains_one_main ON domains (is_main) WHERE is_main = 1;
-- every name a domain answers to (its own, is_alias = 0, and its aliases): one namespace
CREATE TABLE domain_names (
    name_key TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    domain_id BIGINT NOT NULL REFERENCES domains (id) ON DELETE CASCADE,
    is_alias INTEGER NOT NULL
);
CREATE INDEX domain_names_domain ON domain_names (domain_id);
CREATE TABLE accounts (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    domain_id BIGINT NOT NULL REFERENCES domains (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    password_hash TEXT,
    scram TEXT,
    password_sealed TEXT,
    rights TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    last_login_at TEXT,
    last_login_address TEXT
);
CREATE INDEX accounts_domain ON accounts (domain_id);
-- the namespace inside a domain: each account's own name, account aliases, forwarders, groups
CREATE TABLE domain_objects (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    domain_id BIGINT NOT NULL REFERENCES domains (id) ON DELETE CASCADE,
    name_key TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('account', 'alias', 'forwarder', 'group')),
    account_id BIGINT REFERENCES accounts (id) ON DELETE CASCADE,
    target TEXT,
    UNIQUE (domain_id, name_key)
);
CREATE INDEX domain_objects_account ON domain_objects (account_id);
-- settings: one row per key, value in the directory's storage encoding (SettingsCodec)
CREATE TABLE server_settings (
    scope TEXT NOT NULL,
    setting TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (scope, setting)
);
CREATE TABLE domain_settings (
    domain_id BIGINT NOT NULL REFERENCES domains (id) ON DELETE CASCADE,
    scope TEXT NOT NULL,
    setting TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (domain_id, scope, setting)
);
CREATE TABLE account_settings (
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    setting TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (account_id, setting)
);
CREATE TABLE group_settings (
    object_id BIGINT NOT NULL REFERENCES domain_objects (id) ON DELETE CASCADE,
    setting TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (object_id, setting)
);
