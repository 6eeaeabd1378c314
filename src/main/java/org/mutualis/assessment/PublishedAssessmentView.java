package org.mutualis.assessment;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.assessment.domain.Assessment;

/**
 * A published assessment as one reader sees it. For one collectivité ({@code collectivity} set):
 * a member's own lines, or — for a collectivité of the territory that did not join — what the same
 * engine gives on its own census volumes and prices against the awarded prices, as if it had
 * joined; never another collectivité's figures. For the staff and elected officials without a
 * collectivité chosen: the whole assessment, every member's lines.
 *
 * @param publication the latest publication; null while it is not published (only the staff and
 *     elected officials see the page then)
 * @param collectivity the collectivité whose view this is; null for the whole assessment
 * @param assessment the figures: that collectivité's only, or the whole procurement's
 * @param next procurements of the territory the collectivité can still join, the nearest first
 * @param choices the collectivités this reader may pick (their own for a correspondent)
 * @param history every publication, latest first: staff only, empty for others
 * @param awards how far the awards have gone (the staff's publish button)
 * @param everyone whether the reader may pick any collectivité, or the whole assessment
 */
public record PublishedAssessmentView(
        long procurementId,
        AssessmentHeading heading,
        @Nullable PublicationSummary publication,
        @Nullable Choice collectivity,
        Assessment assessment,
        List<JoinableProcurement> next,
        List<Choice> choices,
        List<PublicationSummary> history,
        AwardState awards,
        boolean everyone) {

    public PublishedAssessmentView {
        next = List.copyOf(next);
        choices = List.copyOf(choices);
        history = List.copyOf(history);
    }

    /** A collectivité of the territory, and whether it is a member of the procurement. */
    public record Choice(long id, String name, boolean member) {}

    /** Whether the chosen collectivité has figures at all (a census answer with volumes). */
    public boolean figured() {
        return assessment.items().stream().anyMatch(i -> !i.lines().isEmpty());
    }

    /** Whether this is one collectivité that did not join: its figures are what joining would have saved. */
    public boolean hypothetical() {
        return collectivity != null && !collectivity.member();
    }
}
