package org.mutualis.territory.official;

/** The official files are missing or not in the expected shape: a deployment problem, not a user's. */
public class OfficialDataException extends RuntimeException {

    public OfficialDataException(String message) {
        super("Données officielles : " + message);
    }

    public OfficialDataException(String message, Throwable cause) {
        super("Données officielles : " + message, cause);
    }
}
