package org.mutualis.census;

import org.mutualis.shared.error.ConflictException;

/** Someone saved the same response since it was opened: nothing was overwritten. */
public class ConcurrentEditException extends ConflictException {

    public ConcurrentEditException(String collectivityName, String updatedBy) {
        super("census.response.concurrent", collectivityName, updatedBy);
    }
}
