package org.mutualis.programme.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the work linked to an action says, read from the census, the procurement and its
 * assessment: the inputs of {@link StatusRules}. Each part is null when the action is not linked
 * to it.
 */
public record WorkFacts(
        @Nullable CampaignFact campaign,
        @Nullable AwardFact award,
        @Nullable PublicationFact publication) {

    public static final WorkFacts NONE = new WorkFacts(null, null, null);

    /** A census campaign: its name, whether it is closed, and its dates. */
    public record CampaignFact(
            String name,
            boolean closed,
            @Nullable LocalDate opensOn,
            @Nullable LocalDate closesOn) {}

    /**
     * A procurement's awards: how many of the offers it is expected to obtain are linked and how
     * many are awarded, with the first and last award dates.
     */
    public record AwardFact(
            String subject,
            int offersLinked,
            int offersAwarded,
            @Nullable LocalDate firstAwardedOn,
            @Nullable LocalDate lastAwardedOn) {

        public boolean anyAwarded() {
            return offersAwarded > 0;
        }

        public boolean complete() {
            return offersLinked > 0 && offersAwarded >= offersLinked;
        }
    }

    /** The latest publication of the assessment to the communes, and when its mails were sent. */
    public record PublicationFact(
            LocalDate publishedOn, @Nullable LocalDate sentOn) {}
}
