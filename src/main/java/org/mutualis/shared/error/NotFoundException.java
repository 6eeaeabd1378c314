package org.mutualis.shared.error;

/** What was asked for does not exist, or not for this reader: the answer is 404. */
public class NotFoundException extends MutualisException {

    public NotFoundException(String code, Object... args) {
        super(code, args);
    }
}
