package org.parley.admin.codec;

/**
 * One answer of the server to one command line. {@link ReplyWriter} turns it into wire lines.
 */
public sealed interface Reply {
    /** {@code 200 OK}. */
    Reply OK = new Status(CliCodes.OK, "OK");

    /** A data-producing command's result: {@code 200 data follow} + object, or {@code 201 object} after INLINE. */
    record Data(Object value) implements Reply {
        public Data {
            if (value == null) {
                throw new IllegalArgumentException("data replies carry a CGP value; use CgpNull.NULL for none");
            }
        }
    }

    /** A status line: success text, {@code 300} after USER, or an error. */
    record Status(int code, String text) implements Reply {
        public Status {
            if (code < 100 || code > 599) {
                throw new IllegalArgumentException("status code out of range: " + code);
            }
        }
    }

    static Reply error(CliException e) {
        return new Status(e.code(), e.getMessage());
    }
}
