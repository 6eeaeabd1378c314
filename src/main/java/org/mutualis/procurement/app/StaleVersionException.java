package org.mutualis.procurement.app;

/** Someone else saved the same offer or scenario since this user opened it: nothing was overwritten. */
public class StaleVersionException extends RuntimeException {

    public StaleVersionException(String message) {
        super(message);
    }
}
