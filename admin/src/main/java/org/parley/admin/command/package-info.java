/**
 * The CLI verbs (COMPAT-CGP §2.5), one class per object kind, registered in
 * {@link org.parley.admin.command.CommandTable}. Handlers parse their arguments with
 * {@link org.parley.admin.command.Args}, ask the session's
 * {@link org.parley.admin.session.CommandContext} to resolve names and check rights, call the
 * {@link org.parley.directory.Directory} and return a {@link org.parley.admin.codec.Reply}. Every
 * change is durable when the directory call returns, so a 200 survives {@code kill -9}.
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
 * </ul>
 */
package org.parley.admin.command;
