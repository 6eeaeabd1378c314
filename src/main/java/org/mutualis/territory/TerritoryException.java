package org.mutualis.territory;

import org.mutualis.shared.error.RejectedException;

/** Bad input to the territory module, as a message code of the territory bundle and its arguments. */
public class TerritoryException extends RejectedException {

    public TerritoryException(String code, Object... args) {
        super(code, args);
    }

    public TerritoryException(Throwable cause, String code, Object... args) {
        super(code, args);
        initCause(cause);
    }
}
