package org.parley.admin.codec;

/**
 * One response as a client reads it.
 *
 * @param code the status code (200, 201, 300, 5xx…)
 * @param text the status text after the code; {@code "data follow"} or {@code "OK"} for data
 * @param data the data object for {@code 201} and {@code 200 data follow}, else null
 */
public record CliResponse(int code, String text, Object data) {
    public boolean isSuccess() {
        return CliCodes.isSuccess(code);
    }

    public boolean hasData() {
        return data != null;
    }
}
