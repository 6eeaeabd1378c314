package org.mutualis.census;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
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

    /**
     * The sentence without its place: what the import pages show in their « Problème » column,
     * beside the sheet, row and column they already show. The message carries the place once
     * (« Ligne 5, colonne C (os_xp) : … »); this is the part after it.
     */
    public Text reason() {
        List<Object> args = message.args();
        if (message.code().equals(AT_CELL) && args.size() == 4 && args.get(3) instanceof Text reason) {
            return reason;
        }
        if (message.code().equals(AT_ROW) && args.size() == 2 && args.get(1) instanceof Text reason) {
            return reason;
        }
        return message;
    }

    /**
     * One line for a terminal or a log, in French, the place said once: « Feuille infrastructure,
     * ligne 2, colonne A (code) : le code de la collectivité est vide. »
     */
    public String describe() {
        StringBuilder line = new StringBuilder("Feuille ").append(sheet);
        if (row > 0) {
            line.append(", ligne ").append(row);
        }
        if (column != null) {
            line.append(", colonne ").append(column);
            if (header != null && !header.isBlank()) {
                line.append(" (").append(header).append(")");
            }
        }
        return line.append(" : ").append(reason().french()).toString();
    }

    /** The message codes that put a row, or a cell, before a reason. */
    public static final String AT_ROW = "census.import.atRow";

    public static final String AT_CELL = "census.import.atCell";
}
