/**
 * The CLI verbs (COMPAT-CGP §2.5), one class per object kind, registered in
 * {@link org.parley.admin.command.CommandTable}. Handlers parse their arguments with
 * {@link org.parley.admin.command.Args}, ask the session's
 * {@link org.parley.admin.session.CommandContext} to resolve names and check rights, call the
 * {@link org.parley.directory.Directory} or the {@link org.parley.store.mail.MailStore} and return a
 * {@link org.parley.admin.codec.Reply}. Every change is durable when the directory or store call
 * returns, so a 200 survives {@code kill -9}.
 *
 * <p>Compatibility notes:
 * <ul>
 *   <li>Storage details of CommuniGate (account types, PATH, LEGACY, SHARED, password method tags,
 *       CHECK) are accepted and ignored.</li>
 *   <li>LISTACCOUNTS reports every account as {@code macnt}; GETACCOUNTEFFECTIVESETTINGS returns
 *       plain values like CommuniGate (sources are kept inside Parley).</li>
 *   <li>A bare new name in RENAMEACCOUNT keeps the account's domain (a bare name elsewhere means
 *       the administrator's domain).</li>
 *   <li>Parley extras that cost nothing: GETACCOUNTONESETTING, FINDFORWARDERS, SETDOMAINSETTINGS,
 *       SETACCOUNTSETTINGS, GETDOMAINDEFAULTS/UPDATEDOMAINDEFAULTS, GETACCOUNTRIGHTS/SETACCOUNTRIGHTS.</li>
 *   <li>Mailbox commands take the owner's names ({@code INBOX/x}, folder aliases); {@code ~account/}
 *       names are refused in a MAILBOX argument because the account is already named.
 *       {@code AUTH who} acts through {@code who}'s store session on {@code ~owner@domain/x}, so
 *       {@code who}'s ACL rights apply and the owner's folder aliases are not visible
 *       ({@link org.parley.admin.command.MailboxAccess}).</li>
 *   <li>RENAMEMAILBOX with MAILBOX refuses a mailbox that has sub-mailboxes (521; the store only
 *       renames whole trees); MAILBOXES renames the tree. DELETEMAILBOX MAILBOXES deletes the tree
 *       deepest first after checking every mailbox is deletable; it is not one transaction.
 *       {@code CREATEMAILBOX … name/} makes an ordinary mailbox, not a pure folder.</li>
 *   <li>ACL rights are CommuniGate letters; bare ACL identifiers are accounts in the owner's
 *       domain; GETMAILBOXACL leaves out the owner. GETMAILBOXRIGHTS without AUTH answers the
 *       owner's rights.</li>
 *   <li>SETMAILBOXSUBSCRIPTION checks every name first, then subscribes and unsubscribes one by
 *       one; SETMAILBOXALIASES is one transaction. The older GET/SETACCOUNTSUBSCRIPTION names are
 *       accepted.</li>
 * </ul>
 */
package org.parley.admin.command;
