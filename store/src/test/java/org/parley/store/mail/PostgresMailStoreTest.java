package org.parley.store.mail;

import java.nio.file.Path;

/** The contract on the cluster back-end: PostgreSQL metadata and the PostgreSQL blob store. Skipped without a server. */
class PostgresMailStoreTest extends MailStoreContractTest {
    @Override
    protected Backend backend(Path dir) {
        return Backends.postgres();
    }
}
