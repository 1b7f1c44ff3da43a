package org.parley.server.wiring;

import java.time.Clock;
import java.time.Duration;
import org.parley.admin.command.MailAdmin;
import org.parley.directory.Directory;
import org.parley.mail.delivery.ClientIpLists;
import org.parley.mail.delivery.DeliveryOptions;
import org.parley.mail.delivery.DirectoryRouterDirectory;
import org.parley.mail.delivery.DirectorySenderAuthorization;
import org.parley.mail.delivery.LocalDelivery;
import org.parley.mail.delivery.MailDeliveryService;
import org.parley.mail.delivery.RouterTableSettings;
import org.parley.mail.dns.DnsJavaResolver;
import org.parley.mail.queue.MessageQueue;
import org.parley.mail.queue.QueueOptions;
import org.parley.mail.queue.QueueRunner;
import org.parley.mail.router.Router;
import org.parley.mail.smtp.client.ClientTls;
import org.parley.mail.smtp.client.SmtpClient;
import org.parley.mail.smtp.client.SmtpClientOptions;
import org.parley.store.mail.MailStore;
import org.parley.store.sql.Database;

/**
 * The mail routing and delivery graph, built in dependency order: Router (table from the server
 * setting {@code RouterTable}) → ClientIPs/LANIPs → queue → delivery service → outbound SMTP client
 * (system DNS resolvers, JDK trust store for REQUIRETLS) → queue runner. The SMTP/LMTP listeners
 * take {@link #delivery()} and {@link #clientIps()}; the CLI takes the rest.
 */
public final class MailServices {
    private final MailAdmin admin;
    private final MailDeliveryService delivery;
    private final SmtpClient smtpClient;
    private final boolean singleNode;

    private MailServices(MailAdmin admin, MailDeliveryService delivery, SmtpClient smtpClient, boolean singleNode) {
        this.admin = admin;
        this.delivery = delivery;
        this.smtpClient = smtpClient;
        this.singleNode = singleNode;
    }

    /**
     * @param singleNode true for the embedded SQLite store: queue leases left by a crash are cleared
     *                   at start (no other node can hold them)
     */
    public static MailServices build(Directory directory, MailStore store, Database database, String serverName,
            Clock clock, boolean singleNode) {
        Router router = new Router(new DirectoryRouterDirectory(directory, DirectoryRouterDirectory.interfaceAddresses()));
        RouterTableSettings routerTable = new RouterTableSettings(directory, router);
        routerTable.load();
        ClientIpLists clientIps = new ClientIpLists(directory);
        MessageQueue queue = new MessageQueue(database);
        LocalDelivery local = new LocalDelivery(store, clock);
        QueueOptions queueOptions = QueueOptions.DEFAULTS;
        MailDeliveryService delivery = new MailDeliveryService(router, local, queue,
                new DirectorySenderAuthorization(directory),
                DeliveryOptions.defaults(serverName).withQueueExpiry(queueOptions.expiry()), clock);
        SmtpClient client = new SmtpClient(DnsJavaResolver.system(), ClientTls.systemTrust(),
                SmtpClientOptions.defaults(serverName));
        QueueRunner runner = new QueueRunner(queue, client::deliver, local, delivery.notifier(), queueOptions, clock);
        delivery.onQueued(runner::wake);
        return new MailServices(new MailAdmin(routerTable, router, clientIps, queue, runner), delivery, client, singleNode);
    }

    /** Starts the queue runner. */
    public void start() {
        admin.queueRunner().start(singleNode);
    }

    /** Stops the queue runner (running deliveries get {@code grace} to finish) and the client. */
    public void stop(Duration grace) {
        admin.queueRunner().stop(grace);
        smtpClient.close();
    }

    public ClientIpLists clientIps() {
        return admin.clientIps();
    }

    public MessageQueue queue() {
        return admin.queue();
    }

    public MailDeliveryService delivery() {
        return delivery;
    }

    /** What the CLI's routing and queue verbs act on. */
    public MailAdmin admin() {
        return admin;
    }
}
