package org.parley.store.sql;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of work run by {@link Database} on a connection it owns for the duration of the call. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
