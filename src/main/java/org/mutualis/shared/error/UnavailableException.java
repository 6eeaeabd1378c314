package org.mutualis.shared.error;

/** A service the application relies on (the mail server) failed; nothing the reader did wrong (502). */
public class UnavailableException extends MutualisException {

    public UnavailableException(String code, Object... args) {
        super(code, args);
    }
}
