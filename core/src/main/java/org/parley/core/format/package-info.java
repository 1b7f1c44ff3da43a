/**
 * The CommuniGate Pro textual object format (COMPAT-CGP.md §2.4), used by the CLI/API on port 106,
 * by settings dictionaries and by {@code parley.conf}.
 *
 * <p>Values are plain Java objects so settings code can use them directly:
 * {@link java.lang.String} (atoms and quoted strings), {@code byte[]} (data blocks {@code [base64]}),
 * {@link java.lang.Long} ({@code #number}), {@link CgpDate} ({@code #T…}), {@link CgpIp}
 * ({@code #I[…]}), {@link CgpNull} ({@code #NULL#}), {@link java.util.List} of values (arrays) and
 * {@link java.util.Map} from String to value (dictionaries, insertion-ordered). There is no boolean:
 * CGP booleans are the strings {@code YES} and {@code NO}. Sizes stay strings ({@code 100M}).
 *
 * <p>Entry points: {@link CgpParser#parse} for a text holding one object, {@link CgpReader} for CLI
 * command lines (objects mixed with bare words and keywords), {@link CgpPrinter} for output.
 *
 * <h2>Decisions where the vendor documents less than a parser needs</h2>
 * <ul>
 *   <li><b>Atoms</b> (what the parser reads unquoted): ASCII letters and digits,
 *       {@code - _ . @ ! % : / + * ~}, {@code #} after the first char, and every char from
 *       U+0080 on. The vendor Guide says "letters and digits"; client libraries also accept
 *       {@code - _ . @ ! # % :} and bytes &ge; 0x80; we add {@code / + * ~} because CLI scripts
 *       write {@code ~bob/INBOX} and {@code *} unquoted. The printer is narrower (letters, digits,
 *       {@code - _ . @ ! % :}) so every client library can read what we send.</li>
 *   <li><b>Whitespace</b> between tokens: space, tab, CR and LF everywhere (the Guide allows only
 *       spaces in single-line texts; accepting more costs nothing). Comments are not supported.</li>
 *   <li><b>Quoted strings</b>: escapes {@code \" \\ \r \n \t \e} and {@code \nnn} (exactly three
 *       decimal digits, 000–255). {@code \e}, the vendor's "system end-of-line", reads as LF, and
 *       the printer writes LF as {@code \e}. A run of consecutive {@code \nnn} escapes is one byte
 *       sequence decoded as strict UTF-8. Raw control chars other than tab, and NUL in any form,
 *       are errors: CGP strings never contain a zero byte, and PostgreSQL text cannot hold one.</li>
 *   <li><b>Numbers</b> are 64-bit; more is "number out of range". No {@code +}, no fractions.</li>
 *   <li><b>Timestamps</b> are exactly {@code #Tdd-mm-yyyy} or {@code #Tdd-mm-yyyy_hh:mm:ss}, checked
 *       as real calendar dates and times. {@code #TPAST}/{@code #TFUTURE} (vendor special values,
 *       unconfirmed) are not read.</li>
 *   <li><b>IP addresses</b>: dotted-quad IPv4 or an IPv6 literal without zone id, optional
 *       {@code :port} 0–65535; see {@link CgpIp#isValidAddress}.</li>
 *   <li><b>Data blocks</b>: standard base64 alphabet, padding optional, whitespace inside ignored.</li>
 *   <li><b>Dictionaries</b>: keys are atoms or quoted strings; a repeated key is an error rather
 *       than a silent overwrite. A missing {@code ;} before {@code }} is tolerated only as the named
 *       leniency {@link CgpLeniency#MISSING_FINAL_SEMICOLON}.</li>
 *   <li><b>Bounds</b> ({@link CgpLimits}): input length, nesting depth and element count are
 *       checked before the work they bound; every malformed or oversized input is a checked
 *       {@link CgpSyntaxException} carrying the char offset, never an unchecked exception or error.</li>
 * </ul>
 */
package org.parley.core.format;
