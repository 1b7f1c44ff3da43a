package org.parley.directory;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * Administrative rights of an account (CommuniGate's GETACCOUNTRIGHTS / SETACCOUNTRIGHTS codes,
 * COMPAT-CGP §4.3). {@link #MASTER} implies every other right in every domain; the domain-admin
 * rights apply to the account's own domain only.
 */
public enum AccessRight {
    /** Server administrator: every right, every domain. The postmaster account has it. */
    MASTER("Master"),
    /** Domain administrator: may read and change its own domain's settings and objects [inferred code]. */
    DOMAIN_ADMIN("Domain"),
    CAN_CREATE_ACCOUNTS("CanCreateAccounts"),
    CAN_CREATE_SPECIAL_ACCOUNTS("CanCreateSpecialAccounts"),
    CAN_CREATE_ALIASES("CanCreateAliases"),
    CAN_CREATE_GROUPS("CanCreateGroups"),
    CAN_CREATE_FORWARDERS("CanCreateForwarders"),
    CAN_CREATE_TELNUMS("CanCreateTelnums"),
    CAN_CREATE_NAMED_TASKS("CanCreateNamedTasks"),
    /** May log in as another account of its domain (SASL authzid, CLI {@code AUTH}). */
    CAN_IMPERSONATE("CanImpersonate"),
    CAN_MODIFY_RPOP("CanModifyRPOP"),
    WEB_USER_SETTINGS("WebUserSettings"),
    CENTRAL_DIRECTORY("CentralDirectory"),
    BASIC_SETTINGS("BasicSettings");

    private final String code;

    AccessRight(String code) {
        this.code = code;
    }

    /** The CommuniGate name of the right, as the CLI reads and writes it. */
    public String code() {
        return code;
    }

    /** Parses a right code case-insensitively. */
    public static AccessRight fromCode(String code) {
        for (AccessRight r : values()) {
            if (r.code.equalsIgnoreCase(code)) {
                return r;
            }
        }
        throw new DirectoryException(DirectoryError.INVALID_SETTING, "unknown access right: " + code);
    }

    /** Encodes a set as a comma-separated list of codes, for storage. */
    public static String encode(Collection<AccessRight> rights) {
        StringBuilder sb = new StringBuilder();
        EnumSet<AccessRight> sorted = EnumSet.noneOf(AccessRight.class);
        sorted.addAll(rights);
        for (AccessRight r : sorted) {
            if (!sb.isEmpty()) {
                sb.append(',');
            }
            sb.append(r.code);
        }
        return sb.toString();
    }

    /** Decodes {@link #encode}'s form; an empty or null string is the empty set. */
    public static Set<AccessRight> decode(String text) {
        EnumSet<AccessRight> out = EnumSet.noneOf(AccessRight.class);
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : text.split(",")) {
            out.add(fromCode(part.strip()));
        }
        return out;
    }
}
