package org.parley.directory;

/** The kinds of object that share one case-insensitive namespace inside a domain. */
public enum ObjectKind {
    ACCOUNT("account"),
    ALIAS("alias"),
    FORWARDER("forwarder"),
    GROUP("group");

    private final String label;

    ObjectKind(String label) {
        this.label = label;
    }

    /** Lower-case word used in messages and stored in the database. */
    public String label() {
        return label;
    }

    public static ObjectKind fromLabel(String label) {
        for (ObjectKind k : values()) {
            if (k.label.equals(label)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown object kind: " + label);
    }
}
