package org.mutualis.territory;

/** Bad input to the territory module. The message is French and meant for the person who acted. */
public class TerritoryException extends RuntimeException {

    public TerritoryException(String message) {
        super(message);
    }

    public TerritoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
