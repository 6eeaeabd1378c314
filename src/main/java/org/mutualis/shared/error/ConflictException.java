package org.mutualis.shared.error;

/** Someone saved the same thing since it was read: nothing was overwritten (409). */
public class ConflictException extends MutualisException {

    public ConflictException(String code, Object... args) {
        super(code, args);
    }
}
