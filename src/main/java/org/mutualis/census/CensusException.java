package org.mutualis.census;

/** A census rule was broken; the message is French and meant for the user. */
public class CensusException extends RuntimeException {

    public CensusException(String message) {
        super(message);
    }
}
