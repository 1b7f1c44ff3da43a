package org.parley.directory.settings;

/** What kind of object a settings dictionary describes; selects the catalog used to validate it. */
public enum SettingOwner {
    SERVER,
    DOMAIN,
    ACCOUNT,
    GROUP
}
