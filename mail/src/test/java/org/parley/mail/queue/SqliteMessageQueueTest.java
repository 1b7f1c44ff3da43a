package org.parley.mail.queue;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.sql.Database;
import org.parley.store.testing.TestDatabases;

class SqliteMessageQueueTest extends MessageQueueContract {
    @TempDir Path dir;

    @Override
    Database open() {
        return TestDatabases.sqlite(dir);
    }

    @Override
    Database reopen() {
        return TestDatabases.sqlite(dir);
    }
}
