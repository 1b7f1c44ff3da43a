package org.parley.mail.queue;

import org.junit.jupiter.api.AfterEach;
import org.parley.store.sql.Database;
import org.parley.store.testing.TestDatabases;

/** Skipped (not failed) when no PostgreSQL answers on 127.0.0.1:5432. */
class PostgresMessageQueueTest extends MessageQueueContract {
    private TestDatabases.PostgresHandle handle;

    @Override
    Database open() {
        handle = TestDatabases.postgres();
        return handle.database();
    }

    @Override
    Database reopen() {
        return Database.postgres(handle.url(), TestDatabases.PG_USER, null);
    }

    @AfterEach
    void drop() {
        if (handle != null) {
            handle.close();
        }
    }
}
