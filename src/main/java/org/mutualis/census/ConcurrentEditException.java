package org.mutualis.census;

import org.mutualis.shared.error.ConflictException;

/** Someone saved the same response since it was opened: nothing was overwritten. */
public class ConcurrentEditException extends ConflictException {

    public ConcurrentEditException(String collectivityName, String updatedBy) {
        super("census.response.concurrent", collectivityName, updatedBy);
    }

    /**
     * Someone else saved the first answers of the response at the same time (or since it was
     * opened, when it had none): who it was is not known yet.
     */
    public ConcurrentEditException(String collectivityName) {
        super("census.response.concurrent.first", collectivityName);
    }
}
