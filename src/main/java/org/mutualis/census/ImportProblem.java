package org.mutualis.census;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.text.Text;

/**
 * Why an answers file was refused, at a place the user can find in their spreadsheet.
 *
 * @param row the 1-based row number, 0 for the file as a whole
 * @param column the column letter ({@code C}), or null for a whole row or the file
 * @param header the column's header ({@code os_xp}), or null
 * @param message the full sentence, place included, to resolve in the reader's language, e.g. «
 *     Ligne 5, colonne C (os_xp) : « abc » n'est pas un nombre. »
 */
public record ImportProblem(
        String sheet,
        int row,
        @Nullable String column,
        @Nullable String header,
        Text message) {

    /** The sentence in French (the CLI, and API clients that read this member). */
    @JsonProperty("messageFr")
    public String messageFr() {
        return message.french();
    }

    /** One line for a terminal or a log, in French: the sheet, then the place and the message. */
    public String describe() {
        return "Feuille " + sheet + (row > 0 ? ", ligne " + row : "") + (column == null ? "" : ", colonne " + column)
                + " : " + messageFr();
    }
}
