package org.mutualis.procurement.app;

/** A territory, offer, scenario or procurement that does not exist, or that this user may not see. */
public class ProcurementNotFoundException extends RuntimeException {

    public ProcurementNotFoundException(String message) {
        super(message);
    }
}
