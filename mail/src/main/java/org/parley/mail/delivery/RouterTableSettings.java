package org.parley.mail.delivery;

import java.util.Map;
import org.parley.directory.Directory;
import org.parley.mail.router.Router;
import org.parley.mail.router.RoutingTable;
import org.parley.mail.router.RoutingTableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the Router's table in the store: the text lives in the server setting {@code RouterTable}
 * (so it is in the same database as everything else, backed up and shared by cluster nodes), and
 * is installed in the {@link Router} at start and on every {@link #set}. Thread-safe.
 *
 * <p>In a cluster, a node installs a table another node set at its next {@link #load()} (at start).
 */
public final class RouterTableSettings {
    private static final Logger LOG = LoggerFactory.getLogger(RouterTableSettings.class);
    public static final String ROUTER_TABLE = "RouterTable";

    private final Directory directory;
    private final Router router;

    public RouterTableSettings(Directory directory, Router router) {
        this.directory = directory;
        this.router = router;
    }

    /**
     * Installs the stored table. A stored table that no longer parses (written by another version)
     * is logged and the Router keeps its current table, so the server still starts.
     */
    public void load() {
        Object stored = directory.getServerSettings().get(ROUTER_TABLE);
        String text = stored instanceof String s ? s : "";
        try {
            router.setTable(text);
        } catch (RoutingTableException e) {
            LOG.error("the stored Router table is not valid and was not installed: {}", e.getMessage());
        }
    }

    /** GETROUTERTABLE: the installed table's text, as it was set. */
    public String get() {
        return router.table().text();
    }

    /**
     * SETROUTERTABLE: validates, stores (durable when this returns), then installs.
     *
     * @throws RoutingTableException naming the first bad line; nothing is stored or changed
     */
    public void set(String text) throws RoutingTableException {
        String normalized = text == null ? "" : text;
        RoutingTable table = RoutingTable.parse(normalized);
        directory.updateServerSettings(Map.of(ROUTER_TABLE, normalized));
        router.setTable(table);
    }
}
