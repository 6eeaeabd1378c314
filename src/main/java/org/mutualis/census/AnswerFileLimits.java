package org.mutualis.census;

/**
 * What an answers file may weigh before it is refused unread: uploads are untrusted.
 *
 * @param maxBytes the file's size
 * @param maxRows the last row that may hold answers
 */
public record AnswerFileLimits(long maxBytes, int maxRows) {

    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    public static final int DEFAULT_MAX_ROWS = 100_000;

    public static AnswerFileLimits defaults() {
        return new AnswerFileLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_ROWS);
    }
}
