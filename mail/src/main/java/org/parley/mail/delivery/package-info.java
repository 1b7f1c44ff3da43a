/**
 * How a message enters Parley and reaches its recipients: the {@link
 * org.parley.mail.delivery.DeliveryService} transaction every receiving protocol drives, address
 * resolution through the Router, local delivery into the store and hand-over of remote recipients
 * to the durable queue.
 *
 * <p>Durability rule (ARCHITECTURE.md principle 3): {@code commit} returns only after every copy it
 * reports as accepted is on disk; the SMTP session sends its 250 after that.
 */
package org.parley.mail.delivery;
