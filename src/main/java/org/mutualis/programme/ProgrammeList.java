package org.mutualis.programme;

import java.util.List;
import org.mutualis.territory.TerritorySummary;

/** A territory's programmes, the latest first, with their progress. */
public record ProgrammeList(TerritorySummary territory, List<Entry> programmes) {

    public ProgrammeList {
        programmes = List.copyOf(programmes);
    }

    /** One programme and how far it has gone. */
    public record Entry(ProgrammeSummary programme, int actions, Progress progress) {}
}
