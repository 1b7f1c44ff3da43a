package org.parley.store.mail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.parley.store.sql.Database;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link ChangeFeed} for a cluster of nodes sharing one PostgreSQL database: events go to this
 * node's listeners at once and to the other nodes through {@code NOTIFY parley_mail}; a listener
 * thread on a dedicated connection {@code LISTEN}s and hands foreign events to local listeners.
 *
 * <p>Delivery across nodes is at-most-once, like the in-process feed: a node that loses its
 * listening connection reconnects, and its sessions catch up by modseq
 * ({@link MailSession#changesSince}) the next time they are woken or poll. Payload format:
 * {@link MailEventCodec}.
 */
public final class PostgresChangeFeed implements ChangeFeed, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresChangeFeed.class);
    static final String CHANNEL = "parley_mail";
    private final InProcessChangeFeed local = new InProcessChangeFeed();
    private final Database db;
    private final String url;
    private final String user;
    private final String password;
    private final String node = UUID.randomUUID().toString().substring(0, 8);
    private final Thread listener;
    private volatile boolean closed;
    private volatile boolean listening;

    /** {@code db} sends notifications; {@code url}/{@code user}/{@code password} open the listening connection. */
    public PostgresChangeFeed(Database db, String url, String user, String password) {
        this.db = db;
        this.url = url;
        this.user = user;
        this.password = password;
        this.listener = Thread.ofPlatform().name("mailstore-listen").daemon(true).start(this::listen);
    }

    /** Whether the LISTEN connection is up (for health checks and tests). */
    public boolean listening() {
        return listening;
    }

    @Override
    public void publish(MailEvent event) {
        local.publish(event);
        try {
            db.read(c -> {
                try (PreparedStatement p = c.prepareStatement("SELECT pg_notify(?, ?)")) {
                    for (String payload : MailEventCodec.encode(node, event)) {
                        p.setString(1, CHANNEL);
                        p.setString(2, payload);
                        p.executeQuery().close();
                    }
                }
                return null;
            });
        } catch (RuntimeException e) {
            // the change is committed; other nodes catch up by modseq
            LOG.warn("cannot notify other nodes of {}", event, e);
        }
    }

    @Override
    public Subscription subscribe(long ownerAccountId, Listener l) {
        return local.subscribe(ownerAccountId, l);
    }

    private void listen() {
        while (!closed) {
            try (Connection c = DriverManager.getConnection(url, user, password)) {
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                listening = true;
                PGConnection pg = c.unwrap(PGConnection.class);
                while (!closed) {
                    PGNotification[] batch = pg.getNotifications(500);
                    if (batch == null) {
                        continue;
                    }
                    for (PGNotification n : batch) {
                        MailEventCodec.Decoded d = MailEventCodec.decode(n.getParameter());
                        if (d != null && !d.node().equals(node)) {
                            local.publish(d.event());
                        }
                    }
                }
            } catch (SQLException e) {
                listening = false;
                if (!closed) {
                    LOG.warn("change feed listener lost its connection; reconnecting", e);
                    try {
                        Thread.sleep(1000); // back off before reconnecting, not a test wait
                    } catch (InterruptedException ie) {
                        return;
                    }
                }
            }
        }
        listening = false;
    }

    @Override
    public void close() {
        closed = true;
        try {
            listener.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
