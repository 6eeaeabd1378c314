package org.mutualis.programme.documents;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.mutualis.programme.domain.gantt.GanttLayout;
import org.mutualis.programme.domain.gantt.GanttRow;

/** The sentences both Gantt writers say: a row's tooltip, the chart's summary, a label cut to its column. */
final class GanttText {

    static final String WARNING = "⚠";

    private GanttText() {}

    /** "Label — 01/03/2027 → 30/04/2027 — en cours — en retard" (with "jalon" for a milestone). */
    static String tooltip(GanttRow row, GanttWords words, DateTimeFormatter dates) {
        StringBuilder text = new StringBuilder(row.label()).append(" — ");
        LocalDate first = row.first();
        LocalDate last = row.last();
        if (first == null || last == null) {
            text.append(words.noDates());
        } else if (row.milestone() || first.equals(last)) {
            text.append(dates.format(last));
        } else {
            text.append(dates.format(first)).append(" → ").append(dates.format(last));
        }
        if (row.milestone()) {
            text.append(" — ").append(words.milestone());
        }
        text.append(" — ").append(words.status(row.status()));
        if (row.late()) {
            text.append(" — ").append(words.late());
        }
        return text.toString();
    }

    /** The chart's description for screen readers. */
    static String summary(GanttLayout layout, GanttWords words, DateTimeFormatter dates) {
        return words.summary()
                .replace("{rows}", Integer.toString(layout.rows().size()))
                .replace("{late}", Integer.toString(layout.lateRows()))
                .replace("{from}", dates.format(layout.from()))
                .replace("{to}", dates.format(layout.to().minusDays(1)));
    }

    /** The text at most {@code max} code points long, cut with "…" when longer. */
    static String cut(String text, int max) {
        int length = text.codePointCount(0, text.length());
        if (length <= max) {
            return text;
        }
        if (max <= 1) {
            return "…";
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)).stripTrailing() + "…";
    }

    /** Characters that XML 1.0 cannot hold (control characters, lone surrogates, U+FFFE and U+FFFF) removed. */
    static String xmlSafe(String text) {
        StringBuilder safe = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int n = Character.charCount(c);
            boolean allowed = c == 0x9
                    || c == 0xA
                    || c == 0xD
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || (c >= 0x10000 && c <= 0x10FFFF);
            if (!allowed && safe == null) {
                safe = new StringBuilder(text.length()).append(text, 0, i);
            } else if (allowed && safe != null) {
                safe.appendCodePoint(c);
            }
            i += n;
        }
        return safe == null ? text : safe.toString();
    }
}
