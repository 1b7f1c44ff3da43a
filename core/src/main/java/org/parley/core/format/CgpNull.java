package org.parley.core.format;

/** The {@code #NULL#} object of the CommuniGate object format. */
public enum CgpNull {
    NULL;

    @Override
    public String toString() {
        return "#NULL#";
    }
}
