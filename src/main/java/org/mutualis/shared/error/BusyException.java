package org.mutualis.shared.error;

/**
 * The server is already doing as much of this work as it safely can (imports of files, which take
 * memory): nothing was done, and the same request may be sent again in a moment (503). Refusing
 * is better than queueing without end until the memory runs out.
 */
public class BusyException extends MutualisException {

    /** What the API tells a client to wait before it tries again ({@code Retry-After}). */
    public static final String RETRY_AFTER_SECONDS = "5";

    public BusyException(String code, Object... args) {
        super(code, args);
    }
}
