package org.parley.store.mail;

import java.nio.file.Path;

/** The contract on the embedded default: SQLite metadata, message bodies as files. */
class SqliteMailStoreTest extends MailStoreContractTest {
    @Override
    protected Backend backend(Path dir) {
        return Backends.sqlite(dir);
    }
}
