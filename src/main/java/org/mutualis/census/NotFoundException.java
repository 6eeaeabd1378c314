package org.mutualis.census;

/** The campaign, response or exclusion asked for does not exist (or not in this territory). */
public class NotFoundException extends CensusException {

    public NotFoundException(String message) {
        super(message);
    }
}
