package org.mutualis.census.documents;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the PDF copy of a response prints, already in French: the document knows no rule.
 *
 * @param status the response's state in words (« transmise, à valider (comptée) »)
 * @param updated who last changed it and when (Paris time), or null when nothing was saved yet
 * @param printedAt when the copy was made (Paris time)
 */
public record ResponseCopy(
        String campaignName,
        String territoryName,
        String collectivityName,
        String collectivityCode,
        String status,
        @Nullable String updated,
        LocalDateTime printedAt,
        List<Part> parts,
        @Nullable String comment) {

    public ResponseCopy {
        parts = List.copyOf(parts);
    }

    /** One theme of the questionnaire and its answers, in the form's order. */
    public record Part(String title, List<Line> lines) {
        public Part {
            lines = List.copyOf(lines);
        }
    }

    /** One question, its answer as the page shows it (« — » when unanswered) and its unit. */
    public record Line(String question, String answer, String unit) {}
}
