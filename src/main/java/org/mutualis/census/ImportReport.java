package org.mutualis.census;

import java.util.List;

/** What an import wrote, collectivité by collectivité. */
public record ImportReport(String fileName, List<Line> lines) {

    public ImportReport {
        lines = List.copyOf(lines);
    }

    public enum Outcome {
        /** A first response. */
        NEW,
        /** A response changed. */
        CHANGED,
        /** A validated response replaced, as the analyst confirmed. */
        OVERWRITTEN,
        /** The file said what was already stored: nothing written. */
        UNTOUCHED
    }

    /** @param answers the number of answers the collectivité now has from the file */
    public record Line(long collectivityId, String code, String name, Outcome outcome, int answers, int changes) {}

    /** The number of responses written. */
    public long written() {
        return lines.stream().filter(l -> l.outcome() != Outcome.UNTOUCHED).count();
    }
}
