package org.mutualis.territory;

import org.mutualis.shared.error.RejectedException;

/** Bad input to the territory module. The message is French and meant for the person who acted. */
public class TerritoryException extends RejectedException {

    public TerritoryException(String message) {
        super(message);
    }

    public TerritoryException(String message, Throwable cause) {
        super(message);
        initCause(cause);
    }
}
