package org.parley.store.mail;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The single-node {@link ChangeFeed}: listeners per owner account, called synchronously. */
public final class InProcessChangeFeed implements ChangeFeed {
    private static final Logger LOG = LoggerFactory.getLogger(InProcessChangeFeed.class);
    private final ConcurrentHashMap<Long, List<Listener>> listeners = new ConcurrentHashMap<>();

    @Override
    public void publish(MailEvent event) {
        List<Listener> list = listeners.get(event.ownerAccountId());
        if (list == null) {
            return;
        }
        for (Listener l : list) {
            try {
                l.onEvent(event);
            } catch (RuntimeException e) {
                LOG.warn("change listener failed on {}", event, e);
            }
        }
    }

    @Override
    public Subscription subscribe(long ownerAccountId, Listener listener) {
        // add and remove inside compute so an emptied list is never dropped while someone joins it
        listeners.compute(ownerAccountId, (k, v) -> {
            List<Listener> list = v == null ? new CopyOnWriteArrayList<>() : v;
            list.add(listener);
            return list;
        });
        return () -> listeners.computeIfPresent(ownerAccountId, (k, v) -> {
            v.remove(listener);
            return v.isEmpty() ? null : v;
        });
    }
}
