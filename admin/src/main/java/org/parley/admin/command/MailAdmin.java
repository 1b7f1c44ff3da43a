package org.parley.admin.command;

import org.parley.mail.delivery.ClientIpLists;
import org.parley.mail.delivery.RouterTableSettings;
import org.parley.mail.queue.MessageQueue;
import org.parley.mail.queue.QueueRunner;
import org.parley.mail.router.Router;

/**
 * The mail services the routing and queue verbs act on ({@link RouterCommands},
 * {@link QueueCommands}); the composition root builds it.
 *
 * @param routerTable GETROUTERTABLE / SETROUTERTABLE (validated, stored, installed)
 * @param router      ROUTE
 * @param clientIps   GETCLIENTIPS / SETCLIENTIPS / GETLANIPS / SETLANIPS
 * @param queue       GETMESSAGEQUEUEINFO
 * @param queueRunner RELEASESMTPQUEUE, REJECTQUEUEMESSAGE
 */
public record MailAdmin(RouterTableSettings routerTable, Router router, ClientIpLists clientIps, MessageQueue queue,
                        QueueRunner queueRunner) {}
