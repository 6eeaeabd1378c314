package org.mutualis.spreadsheet;

/**
 * A file that cannot be read as a spreadsheet, or that exceeds a limit. The message is written
 * for the person who uploaded the file, in French, and never carries a parser's internals.
 */
public class SpreadsheetException extends Exception {

    private static final long serialVersionUID = 1L;

    public SpreadsheetException(String messageFr) {
        super(messageFr);
    }

    public SpreadsheetException(String messageFr, Throwable cause) {
        super(messageFr, cause);
    }
}
