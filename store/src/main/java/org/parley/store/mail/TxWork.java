package org.parley.store.mail;

import java.sql.Connection;
import java.sql.SQLException;

/** Work inside a write transaction; may run more than once (retried after a deadlock), so it must not have effects outside {@code c} and {@code tx}. */
@FunctionalInterface
interface TxWork<T> {
    T run(Connection c, Tx tx) throws SQLException;
}
