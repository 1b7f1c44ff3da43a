package org.parley.admin.codec;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.parley.core.format.CgpReader;
import org.parley.core.format.CgpSyntaxException;

/**
 * One command line split into its verb and the reader positioned on its arguments
 * (COMPAT-CGP §2.3): {@code VERB arg arg …}, verbs case-insensitive, arguments CGP objects or
 * keywords. The reader is for one use by one handler.
 *
 * @param verb      the verb in upper case ({@code CreateAccount} → {@code CREATEACCOUNT})
 * @param text      the whole decoded line
 * @param arguments positioned right after the verb
 */
public record CliRequest(String verb, String text, CgpReader arguments) {
    /** Longest verb accepted; every CLI verb is far shorter. */
    static final int MAX_VERB = 64;

    /**
     * Decodes and splits one line (without its terminator).
     *
     * @throws CliException 501 for a line that is empty, not UTF-8, holds NUL, or does not start with
     *     a word; 500 for a verb that cannot be a command (not letters and digits)
     */
    public static CliRequest parse(byte[] line) {
        String text = decode(line);
        if (text.indexOf('\0') >= 0) {
            throw CliException.badParameters("NUL in the command line");
        }
        CgpReader reader;
        String word;
        try {
            reader = new CgpReader(text, CliLimits.COMMAND_OBJECTS);
            if (reader.atEnd()) {
                throw CliException.badParameters("empty command line");
            }
            word = reader.peekWord();
            if (word == null) {
                throw CliException.badParameters("a command line starts with a command name");
            }
            reader.readWord();
        } catch (CgpSyntaxException e) {
            throw CliException.badParameters("syntax error: " + e.getMessage());
        }
        if (word.length() > MAX_VERB || !isVerb(word)) {
            throw new CliException(CliCodes.UNKNOWN_COMMAND, "unknown command");
        }
        return new CliRequest(word.toUpperCase(Locale.ROOT), text, reader);
    }

    private static String decode(byte[] line) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(line))
                    .toString();
        } catch (CharacterCodingException e) {
            throw CliException.badParameters("the command line is not valid UTF-8");
        }
    }

    private static boolean isVerb(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }
}
