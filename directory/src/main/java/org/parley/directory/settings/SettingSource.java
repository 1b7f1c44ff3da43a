package org.parley.directory.settings;

/** Where an effective setting's value came from, most specific first. */
public enum SettingSource {
    ACCOUNT("account"),
    DOMAIN_ACCOUNT_DEFAULTS("domain account defaults"),
    SERVER_ACCOUNT_DEFAULTS("server account defaults"),
    DOMAIN("domain"),
    SERVER_DOMAIN_DEFAULTS("server domain defaults"),
    GROUP("group"),
    SERVER("server"),
    BUILT_IN("built-in default");

    private final String label;

    SettingSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
