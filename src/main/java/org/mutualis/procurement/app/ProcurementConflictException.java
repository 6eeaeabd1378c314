package org.mutualis.procurement.app;

/** Someone changed the same procurement or threshold since it was read: nothing was overwritten. */
public class ProcurementConflictException extends RuntimeException {

    public ProcurementConflictException(String message) {
        super(message);
    }
}
