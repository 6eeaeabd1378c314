package org.mutualis.spreadsheet;

import org.mutualis.shared.text.Text;

/**
 * A file that cannot be read as a spreadsheet, or that exceeds a limit. It carries a message code
 * of the {@code spreadsheet} bundle for the person who uploaded the file ({@link #text()}), never a
 * parser's internals; {@link #getMessage()} is its French text.
 */
public class SpreadsheetException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Text text;

    public SpreadsheetException(String code, Object... args) {
        super(code);
        this.text = Text.of(code, args);
    }

    public SpreadsheetException(Throwable cause, String code, Object... args) {
        super(code, cause);
        this.text = Text.of(code, args);
    }

    /** What went wrong, to resolve in the reader's language. */
    public Text text() {
        return text;
    }

    @Override
    public String getMessage() {
        return text.french();
    }
}
