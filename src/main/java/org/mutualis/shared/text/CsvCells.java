package org.mutualis.shared.text;

/**
 * CSV formula injection (OWASP « CSV Injection »): a spreadsheet opening a CSV file runs a cell
 * starting with {@code =}, {@code +}, {@code -} or {@code @} as a formula (and a leading tab or
 * carriage return hides one). Every text cell a CSV writer of Mutualis writes goes through
 * {@link #neutralise}, which puts a single quote in front of such a cell: spreadsheets show the
 * text, and run nothing. Numbers written as numbers ({@code -12.5}) are not texts and are left
 * alone. The answers-file reader takes the quote off again ({@link #restore}), so an exported
 * file imports back unchanged.
 *
 * <p>The two are exact inverses: a text made of quotes then one of the dangerous characters gets
 * one more quote, and {@code restore} removes one from a text made of at least one quote then a
 * dangerous character; any other text is left as it is.
 */
public final class CsvCells {

    private CsvCells() {}

    /** The text to write in a CSV cell: {@code =1+1} becomes {@code '=1+1}. */
    public static String neutralise(String text) {
        return risky(text, 0) ? "'" + text : text;
    }

    /** The text a CSV cell written by {@link #neutralise} held: {@code '=1+1} becomes {@code =1+1}. */
    public static String restore(String cell) {
        return cell.startsWith("'") && risky(cell, 1) ? cell.substring(1) : cell;
    }

    /** Whether the text, from {@code from} on, is quotes then a character that starts a formula. */
    private static boolean risky(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        if (i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
