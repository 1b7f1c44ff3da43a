package org.parley.store.directory;

import org.parley.store.sql.Database;
import org.parley.store.testing.TestDatabases;

class PostgresDirectoryTest extends DirectoryContractTest {
    private TestDatabases.PostgresHandle handle;

    @Override
    protected Database openDatabase() {
        if (handle == null) {
            handle = TestDatabases.postgres();
            return handle.database();
        }
        return Database.postgres(handle.url(), TestDatabases.PG_USER, null);
    }

    @Override
    protected void afterDatabasesClosed() {
        if (handle != null) {
            handle.close();
        }
    }
}
