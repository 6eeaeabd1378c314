package org.mutualis.portal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.census.CampaignLists;
import org.mutualis.census.CampaignSummary;
import org.mutualis.census.ResponseStatus;
import org.mutualis.shared.ListPage;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.TerritorySummary;

/** What each role's home page shows: read-only records built by {@link Homes}. */
final class HomeViews {

    private HomeViews() {}

    /** How close a deadline is: days left (negative when past), null without a deadline. */
    record Deadline(@Nullable LocalDate date, @Nullable Long daysLeft) {

        public boolean known() {
            return date != null && daysLeft != null;
        }

        public boolean past() {
            return daysLeft != null && daysLeft < 0;
        }

        /** Within {@link Homes#NEAR_DAYS} days, or past. */
        public boolean near() {
            return daysLeft != null && daysLeft <= Homes.NEAR_DAYS;
        }

        public long daysLate() {
            return daysLeft == null ? 0 : -daysLeft;
        }
    }

    // --- The correspondent -------------------------------------------------------------------

    /**
     * One questionnaire of the correspondent's collectivité: where it stands in plain French and
     * the one thing to do next.
     *
     * @param savedAt when the response was last saved, in French time, null when never
     */
    record Questionnaire(
            CampaignSummary campaign,
            long collectivityId,
            String collectivityName,
            ResponseStatus status,
            @Nullable LocalDateTime savedAt,
            @Nullable String statusComment,
            Deadline deadline) {

        public boolean open() {
            return !campaign.closed();
        }

        /** The message key of the state: à remplir, brouillon, renvoyé, transmis, validé. */
        public String stateKey() {
            if (!open() && !status.counts()) {
                return "home.state.closed";
            }
            return switch (status) {
                case NOT_INVITED, INVITED -> "home.state.todo";
                case IN_PROGRESS -> "home.state.draft";
                case RETURNED -> "home.state.returned";
                case SUBMITTED -> "home.state.submitted";
                case VALIDATED -> "home.state.validated";
            };
        }

        /** The CSS class of the state badge. */
        public String stateClass() {
            return switch (status) {
                case VALIDATED -> "state state-ok";
                case SUBMITTED -> "state state-wait";
                case RETURNED -> "state state-todo";
                case IN_PROGRESS -> "state state-draft";
                case NOT_INVITED, INVITED -> open() ? "state state-todo" : "state";
            };
        }

        /** The one button: fill, resume, or see one's response. */
        public String actionKey() {
            if (!open() || status.counts()) {
                return "home.action.view";
            }
            return status == ResponseStatus.IN_PROGRESS || status == ResponseStatus.RETURNED
                    ? "home.action.resume"
                    : "home.action.fill";
        }
    }

    /**
     * The correspondent's home.
     *
     * @param collectivity null when the account answers for no collectivité (it should not happen)
     * @param published the latest assessments published to the territory's communes, at most {@link
     *     Homes#PUBLISHED}, each linking to the collectivité's own view
     */
    record CorrespondentHome(
            List<CollectivityView> collectivities,
            List<Questionnaire> open,
            List<Questionnaire> past,
            int otherPast,
            List<org.mutualis.assessment.PublishedLink> published) {

        /** The first collectivité the contact answers for; null when the account has none. */
        public @Nullable CollectivityView collectivity() {
            return collectivities.isEmpty() ? null : collectivities.get(0);
        }

        /** Their names, « Botsorhel, Le Ponthou », for the heading. */
        public String names() {
            return String.join(
                    ", ", collectivities.stream().map(CollectivityView::name).toList());
        }

        /** Whether the contact answers for several collectivités: each card then names its own. */
        public boolean several() {
            return collectivities.size() > 1;
        }
    }

    // --- The EPCI's staff ---------------------------------------------------------------------

    /**
     * An open campaign as the staff work on it, summarised: counts, and the first names of each list.
     *
     * @param toValidate responses submitted and waiting for validation
     * @param firstToValidate the first of their collectivités
     * @param late collectivités without a submitted response while the deadline is near or past (0 before)
     * @param firstLate the first of them
     * @param remindersDue invited collectivités that have not answered: the next reminder goes to them
     */
    record CampaignWork(
            CampaignSummary campaign,
            Deadline deadline,
            int members,
            int counted,
            int toValidate,
            List<CampaignLists.Named> firstToValidate,
            int late,
            List<CampaignLists.Named> firstLate,
            int remindersDue) {

        public int percent() {
            return members == 0 ? 0 : Math.round(100f * counted / members);
        }
    }

    /**
     * @param campaigns the newest open campaigns, at most {@link Homes#CAMPAIGNS}
     * @param openCampaigns how many campaigns are open in all
     * @param toValidate responses waiting for validation in every open campaign
     */
    record StaffHome(List<CampaignWork> campaigns, int openCampaigns, int closedCampaigns, int toValidate) {

        /** Open campaigns the home does not detail: the campaign list has them. */
        public int otherOpen() {
            return Math.max(0, openCampaigns - campaigns.size());
        }
    }

    // --- The elected official -----------------------------------------------------------------

    /**
     * A headline total: raw (what was answered) and extrapolated to the territory, with how many
     * collectivités answered the question and how much that is worth.
     *
     * @param confidence {@code high}, {@code medium} or {@code low}
     */
    record KeyFigure(
            String label,
            String unit,
            @Nullable BigDecimal raw,
            @Nullable BigDecimal extrapolated,
            int respondents,
            int members,
            String confidence) {}

    /** One total in two campaigns. */
    record Change(
            String label,
            String unit,
            @Nullable BigDecimal before,
            @Nullable BigDecimal after,
            @Nullable BigDecimal difference) {}

    /**
     * Where a territory stands on its latest campaign.
     *
     * @param populationCovered percent of the territory's population living in a collectivité that answered
     * @param previous the campaign compared with, null when there is none
     */
    record TerritoryStanding(
            CampaignSummary campaign,
            Deadline deadline,
            int members,
            int counted,
            int populationCovered,
            List<KeyFigure> figures,
            int otherFigures,
            @Nullable CampaignSummary previous,
            List<Change> changes,
            int newRespondents,
            int lostRespondents) {

        public int percent() {
            return members == 0 ? 0 : Math.round(100f * counted / members);
        }

        /** {@code high}, {@code medium} or {@code low}: how far the extrapolation can be trusted. */
        public String confidence() {
            return Homes.confidence(counted, members, populationCovered);
        }
    }

    /**
     * The elected official's home: one territory.
     *
     * @param territory null when there is no territory yet
     * @param standing null when the territory has no census yet
     * @param others the other territories with a census, to choose from
     */
    record ElectedHome(
            @Nullable TerritorySummary territory,
            @Nullable TerritoryStanding standing,
            ListPage<CampaignLists.TerritoryName> others) {}
}
