package org.parley.core.format;

/**
 * Bounds for one {@link CgpReader} (one CLI command line or one settings file). Every limit is
 * checked before the work or allocation it bounds, so hostile input costs at most these amounts.
 *
 * @param maxLength   longest accepted input, in chars; longer input is rejected before parsing
 * @param maxDepth    deepest accepted nesting of arrays and dictionaries (a top-level {@code (…)}
 *                    is depth 1); capped at {@link #DEPTH_CAP} because the parser recurses once per level
 * @param maxElements most array elements plus dictionary entries in the whole input, counted
 *                    across every {@code readObject} call on one reader
 */
public record CgpLimits(int maxLength, int maxDepth, int maxElements) {
    /**
     * The highest {@code maxDepth} accepted: real settings nest under ten levels; 256 levels of
     * recursion need under 256 KiB of stack, well inside the 1 MiB a (virtual) thread gets.
     */
    public static final int DEPTH_CAP = 256;

    /** 1 MiB of text, 64 levels, 100,000 elements: room for the biggest domain listing, nothing more. */
    public static final CgpLimits DEFAULT = new CgpLimits(1 << 20, 64, 100_000);

    public CgpLimits {
        if (maxLength < 0 || maxElements < 0) {
            throw new IllegalArgumentException("limits must not be negative");
        }
        if (maxDepth < 1 || maxDepth > DEPTH_CAP) {
            throw new IllegalArgumentException("maxDepth must be between 1 and " + DEPTH_CAP + ": " + maxDepth);
        }
    }
}
