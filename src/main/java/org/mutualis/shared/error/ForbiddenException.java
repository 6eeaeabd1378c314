package org.mutualis.shared.error;

/** This reader may not do this (403). */
public class ForbiddenException extends MutualisException {

    public ForbiddenException(String code, Object... args) {
        super(code, args);
    }
}
