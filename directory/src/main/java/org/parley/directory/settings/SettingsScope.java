package org.parley.directory.settings;

/**
 * Where a settings dictionary is stored. Each scope has at most one dictionary per owner id;
 * server-wide scopes use owner id 0.
 */
public enum SettingsScope {
    /** GETSERVERSETTINGS: server-wide "other" settings. */
    SERVER(SettingOwner.SERVER, true),
    /** GETSERVERACCOUNTDEFAULTS: defaults for every account of every domain. */
    SERVER_ACCOUNT_DEFAULTS(SettingOwner.ACCOUNT, true),
    /** GETDOMAINDEFAULTS: defaults for every domain's settings. */
    SERVER_DOMAIN_DEFAULTS(SettingOwner.DOMAIN, true),
    /** GETDOMAINSETTINGS: one domain's explicit settings; owner = domain id. */
    DOMAIN(SettingOwner.DOMAIN, false),
    /** GETACCOUNTDEFAULTS: one domain's defaults for its accounts; owner = domain id. */
    DOMAIN_ACCOUNT_DEFAULTS(SettingOwner.ACCOUNT, false),
    /** GETACCOUNTSETTINGS: one account's explicit settings; owner = account id. */
    ACCOUNT(SettingOwner.ACCOUNT, false),
    /** GETGROUP: one group's dictionary (Members, RealName, …); owner = the group's entry id. */
    GROUP(SettingOwner.GROUP, false);

    private final SettingOwner owner;
    private final boolean serverWide;

    SettingsScope(SettingOwner owner, boolean serverWide) {
        this.owner = owner;
        this.serverWide = serverWide;
    }

    /** The kind of object whose keys this scope holds. */
    public SettingOwner owner() {
        return owner;
    }

    /** True for the scopes stored once per server (owner id 0). */
    public boolean serverWide() {
        return serverWide;
    }
}
