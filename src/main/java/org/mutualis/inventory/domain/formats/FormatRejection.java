package org.mutualis.inventory.domain.formats;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.error.RejectedException;

/** A refusal that knows where in the text it went wrong, so a file's report can name the line. */
final class FormatRejection extends RejectedException {

    private static final long serialVersionUID = 1L;

    private final int line;

    private final int column;

    /** {@code line} and {@code column} count from 1; 0 when unknown. */
    FormatRejection(int line, int column, String code, Object... args) {
        super(List.of(), code, args);
        this.line = line;
        this.column = column;
    }

    /** “line 3 column 15”, “line 3”, or null when unknown. */
    @Nullable
    String where() {
        if (line <= 0) {
            return null;
        }
        return column > 0 ? "line " + line + " column " + column : "line " + line;
    }
}
