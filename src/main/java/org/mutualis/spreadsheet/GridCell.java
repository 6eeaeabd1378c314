package org.mutualis.spreadsheet;

import java.math.BigDecimal;

/** A cell to write: a text, or a number that spreadsheets store as a number. */
public sealed interface GridCell {

    record Text(String value) implements GridCell {}

    record Number(BigDecimal value) implements GridCell {}

    static GridCell text(String value) {
        return new Text(value);
    }

    static GridCell number(BigDecimal value) {
        return new Number(value);
    }

    /** The text of the cell as a CSV or a person would write it. */
    default String plain() {
        if (this instanceof Number n) {
            return Numbers.plain(n.value());
        }
        return ((Text) this).value();
    }
}
