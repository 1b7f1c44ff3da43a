package org.parley.store.directory;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.sql.Database;
import org.parley.store.testing.TestDatabases;

class SqliteDirectoryTest extends DirectoryContractTest {
    @TempDir
    Path dir;

    @Override
    protected Database openDatabase() {
        return TestDatabases.sqlite(dir);
    }
}
