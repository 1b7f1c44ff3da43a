package org.parley.core.format;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Named tolerances for input that breaks the grammar in ways real clients do. A reader only
 * tolerates what it is given; {@link CgpReader#usedLeniencies()} tells the caller which ones a
 * given input needed, so the caller can log them with its own context (connection, file).
 */
public enum CgpLeniency {
    /** {@code {a=1;b=2}}: the {@code ;} after the last dictionary entry is missing. */
    MISSING_FINAL_SEMICOLON;

    /** What {@link CgpReader} and {@link CgpParser} allow unless told otherwise. */
    public static final Set<CgpLeniency> DEFAULTS =
            Collections.unmodifiableSet(EnumSet.of(MISSING_FINAL_SEMICOLON));

    /** Nothing tolerated: the grammar of COMPAT-CGP.md §2.4 exactly. */
    public static final Set<CgpLeniency> STRICT = Collections.unmodifiableSet(EnumSet.noneOf(CgpLeniency.class));
}
