/**
 * The CommuniGate Pro textual object format (COMPAT-CGP.md §2.4), used by the CLI/API on port 106,
 * by settings dictionaries and by {@code parley.conf}.
 *
 * <p>Values are plain Java objects so settings code can use them directly:
 * {@link java.lang.String} (atoms and quoted strings), {@code byte[]} (data blocks {@code [base64]}),
 * {@link java.lang.Long} ({@code #number}), {@link CgpDate} ({@code #T…}), {@link CgpIp}
 * ({@code #I[…]}), {@link CgpNull} ({@code #NULL#}), {@link java.util.List} of values (arrays) and
 * {@link java.util.Map} from String to value (dictionaries, insertion-ordered).
 */
package org.parley.core.format;
