package org.mutualis.spreadsheet;

import org.jspecify.annotations.Nullable;
import org.mutualis.shared.text.Text;

/**
 * A file that cannot be read as a spreadsheet, or that exceeds a limit. It carries a message code
 * of the {@code spreadsheet} bundle for the person who uploaded the file ({@link #text()}), never a
 * parser's internals, and where it can, the place in the file (sheet, row, column) where reading
 * stopped; {@link #getMessage()} is its French text.
 */
public class SpreadsheetException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Text text;
    private final @Nullable String sheet;
    private final int row;
    private final @Nullable String column;

    public SpreadsheetException(String code, Object... args) {
        super(code);
        this.text = Text.of(code, args);
        this.sheet = null;
        this.row = 0;
        this.column = null;
    }

    public SpreadsheetException(Throwable cause, String code, Object... args) {
        super(code, cause);
        this.text = Text.of(code, args);
        this.sheet = null;
        this.row = 0;
        this.column = null;
    }

    private SpreadsheetException(String sheet, int row, @Nullable String column, String code, Object... args) {
        super(code);
        this.text = Text.of(code, args);
        this.sheet = sheet;
        this.row = row;
        this.column = column;
    }

    /**
     * A refusal at a place of the file.
     *
     * @param row the 1-based row
     * @param column the column letter, or null for the whole row
     */
    public static SpreadsheetException at(String sheet, int row, @Nullable String column, String code, Object... args) {
        return new SpreadsheetException(sheet, row, column, code, args);
    }

    /** What went wrong, to resolve in the reader's language. */
    public Text text() {
        return text;
    }

    /** The sheet where reading stopped, or null when the file as a whole is refused. */
    public @Nullable String sheet() {
        return sheet;
    }

    /** The 1-based row where reading stopped, 0 when the file as a whole is refused. */
    public int row() {
        return row;
    }

    /** The column letter where reading stopped, or null. */
    public @Nullable String column() {
        return column;
    }

    @Override
    public String getMessage() {
        return text.french();
    }
}
