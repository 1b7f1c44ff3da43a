package org.parley.mail.router;

import java.util.List;

/**
 * The answer of the CLI {@code ROUTE address [mail|signal|access]} command: an array
 * {@code (module, host, address)} (COMPAT-CGP.md §2.5).
 */
public record CliRoute(String module, String host, String address) {

    /** The three strings in CLI array order. */
    public List<String> toList() {
        return List.of(module, host, address);
    }
}
