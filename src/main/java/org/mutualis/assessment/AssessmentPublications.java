package org.mutualis.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mutualis.assessment.PublishedAssessmentView.Choice;
import org.mutualis.assessment.domain.Assessment;
import org.mutualis.assessment.mail.PublicationMails;
import org.mutualis.assessment.persistence.PublicationStore;
import org.mutualis.census.MailNotSentException;
import org.mutualis.census.Mails;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.procurement.ProcurementView;
import org.mutualis.procurement.Procurements;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.error.InputProblem;
import org.mutualis.shared.error.InvalidInputException;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.shared.text.Text;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.Territories;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Publishing a procurement's assessment to the communes of its territory (« phase 2
 * Communication »): the staff publish it, with a message, and every correspondent of the
 * territory's collectivités gets an e-mail with its own figures — a member its saving, a
 * collectivité that did not join what joining would have saved it — and the procurements it can
 * still join. Each reader then sees the same on the published view. No reader ever gets another
 * collectivité's figures: a collectivité's view is computed over its own lines only, by the same
 * engine as the assessment ({@link Assessments#compute}).
 */
@Service
public class AssessmentPublications {

    /** {@code assessment_publication.message varchar(2000)}. */
    public static final int MESSAGE_LENGTH = 2000;

    private static final Logger LOG = LoggerFactory.getLogger(AssessmentPublications.class);

    private final Assessments assessments;
    private final Procurements procurements;
    private final Territories territories;
    private final PublicationStore store;
    private final Accounts accounts;
    private final Mails mails;
    private final Clock clock;
    private final String baseUrl;

    AssessmentPublications(
            Assessments assessments,
            Procurements procurements,
            Territories territories,
            PublicationStore store,
            Accounts accounts,
            Mails mails,
            Clock clock,
            @Value("${mutualis.base-url}") String baseUrl) {
        this.assessments = assessments;
        this.procurements = procurements;
        this.territories = territories;
        this.store = store;
        this.accounts = accounts;
        this.mails = mails;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /**
     * What publishing would do, for the confirmation page: who gets an e-mail (staff only).
     *
     * @param recipients how many correspondents (with an e-mail address) would be written to
     */
    public record Preview(
            long procurementId,
            String subject,
            String territoryName,
            int members,
            int others,
            int recipients,
            AwardState awards,
            @Nullable PublicationSummary latest) {}

    /**
     * The guard of publishing, asked before a form's own rules.
     *
     * @throws ForbiddenException unless the reader is one of the staff
     * @throws NotFoundException when the procurement does not exist
     */
    public void checkPublisher(long procurementId, CurrentUser user) {
        requireStaff(user);
        procurements.get(procurementId, user);
    }

    /** @throws ForbiddenException unless the reader is one of the staff */
    public Preview preview(long procurementId, CurrentUser user) {
        requireStaff(user);
        ProcurementView procurement = procurements.get(procurementId, user).procurement();
        List<CollectivityView> collectivities = collectivities(procurement);
        int members = (int) collectivities.stream()
                .filter(c -> procurement.hasMember(c.id()))
                .count();
        int recipients = recipients(collectivities).values().stream()
                .mapToInt(List::size)
                .sum();
        return new Preview(
                procurementId,
                procurement.subject(),
                territoryName(procurement),
                members,
                collectivities.size() - members,
                recipients,
                assessments.awardState(procurementId),
                assessments.latestPublication(procurementId).orElse(null));
    }

    /**
     * Publishes the assessment as the awards stand, and writes to every correspondent of the
     * territory's collectivités. A new publication each time (the history is kept; the latest
     * counts). One e-mail that fails does not stop the others: the publication counts them.
     *
     * @throws ForbiddenException unless the reader is one of the staff
     * @throws RejectedException ({@code assessment.publication.nothingAwarded}) while no offer is
     *     awarded: there is nothing to announce
     * @throws InvalidInputException when the message is longer than {@value #MESSAGE_LENGTH}
     */
    public PublicationSummary publish(long procurementId, @Nullable String message, CurrentUser user) {
        requireStaff(user);
        ProcurementView procurement = procurements.get(procurementId, user).procurement();
        String text = message == null || message.isBlank() ? null : message.strip();
        if (text != null && text.length() > MESSAGE_LENGTH) {
            throw new InvalidInputException(List.of(InputProblem.of(
                    "message", "form.size", Text.of("publishForm.message"), String.valueOf(MESSAGE_LENGTH))));
        }
        if (!assessments.awardState(procurementId).anyAwarded()) {
            throw new RejectedException("assessment.publication.nothingAwarded", procurement.subject());
        }
        String by = user.username().length() > 100 ? user.username().substring(0, 100) : user.username();
        long id = store.insert(procurementId, clock.instant(), by, text);
        int sent = 0;
        int failed = 0;
        List<CollectivityView> collectivities = collectivities(procurement);
        Map<Long, List<String>> recipients = recipients(collectivities);
        List<LinkedOffer> linked = assessments.linked(procurement, user);
        String territory = territoryName(procurement);
        for (CollectivityView c : collectivities) {
            List<String> to = recipients.getOrDefault(c.id(), List.of());
            if (to.isEmpty()) {
                continue;
            }
            boolean member = procurement.hasMember(c.id());
            Assessment own = assessments.ownAssessment(procurement, linked, c.code());
            boolean figured = own.items().stream().anyMatch(i -> !i.lines().isEmpty());
            PublicationMails.Text mail = PublicationMails.of(new PublicationMails.Publication(
                    territory,
                    procurement.subject(),
                    c.name(),
                    member,
                    figured ? own.total() : null,
                    text,
                    next(procurement, c.id()).stream()
                            .map(n -> new PublicationMails.Next(n.subject(), n.deadline()))
                            .toList(),
                    baseUrl + "/procurements/" + procurementId + "/assessment/published?collectivity=" + c.id()));
            for (String address : to) {
                try {
                    mails.send(address, mail.subject(), mail.body());
                    sent++;
                } catch (MailNotSentException e) {
                    failed++;
                    LOG.warn("Assessment of procurement {} not sent to {}", procurementId, address);
                }
            }
        }
        store.sent(id, sent, failed, clock.instant());
        return assessments.latestPublication(procurementId).orElseThrow();
    }

    /**
     * The published assessment as this reader may see it.
     *
     * @param collectivityId the collectivité whose view to show: a correspondent's own (their
     *     first one of the territory when null); any of the territory's for the staff and elected
     *     officials, who get the whole assessment when it is null
     * @throws NotFoundException when the procurement does not exist, or the reader may not see
     *     it: a correspondent of another territory, another collectivité's view, or nothing
     *     published yet (for correspondents)
     */
    public PublishedAssessmentView view(long procurementId, @Nullable Long collectivityId, CurrentUser user) {
        ProcurementView procurement = procurements.find(procurementId).orElseThrow(AssessmentPublications::notFound);
        List<CollectivityView> collectivities = collectivities(procurement);
        Map<Long, CollectivityView> byId = collectivities.stream()
                .collect(Collectors.toMap(CollectivityView::id, c -> c, (a, b) -> a, LinkedHashMap::new));
        PublicationSummary latest = assessments.latestPublication(procurementId).orElse(null);
        boolean everyone = user.seesEveryCollectivity();
        List<Choice> choices;
        CollectivityView chosen;
        if (everyone) {
            choices = collectivities.stream()
                    .map(c -> new Choice(c.id(), c.name(), procurement.hasMember(c.id())))
                    .toList();
            chosen = collectivityId == null ? null : byId.get(collectivityId);
            if (collectivityId != null && chosen == null) {
                throw notFound();
            }
        } else {
            List<CollectivityView> own = user.collectivityIds().stream()
                    .map(byId::get)
                    .filter(Objects::nonNull)
                    .toList();
            if (own.isEmpty() || latest == null) {
                throw notFound();
            }
            if (collectivityId != null && (!user.isOwn(collectivityId) || !byId.containsKey(collectivityId))) {
                throw notFound();
            }
            chosen = collectivityId == null ? own.get(0) : byId.get(collectivityId);
            choices = own.stream()
                    .map(c -> new Choice(c.id(), c.name(), procurement.hasMember(c.id())))
                    .toList();
        }
        java.text.Collator french = java.text.Collator.getInstance(java.util.Locale.FRENCH);
        choices = choices.stream()
                .sorted(Comparator.comparing(Choice::name, french))
                .toList();
        AssessmentHeading heading;
        Assessment assessment;
        Choice viewed = null;
        if (chosen == null) {
            AssessmentView whole = assessments.of(procurementId, null, user);
            heading = whole.heading();
            assessment = whole.assessment();
        } else {
            List<LinkedOffer> linked = assessments.linked(procurement, user);
            viewed = new Choice(chosen.id(), chosen.name(), procurement.hasMember(chosen.id()));
            assessment = assessments.ownAssessment(procurement, linked, chosen.code());
            AssessmentHeading base = assessments.heading(procurement, linked, null);
            heading = new AssessmentHeading(
                    base.territory(),
                    procurement.subject() + " — " + chosen.name(),
                    base.procedure(),
                    base.awardedOn(),
                    base.generatedOn());
        }
        return new PublishedAssessmentView(
                procurementId,
                heading,
                latest,
                viewed,
                assessment,
                next(procurement, chosen == null ? null : chosen.id()),
                choices,
                user.isStaff()
                        ? store.of(procurementId).stream()
                                .map(Assessments::summary)
                                .toList()
                        : List.of(),
                assessments.awardState(procurementId),
                everyone);
    }

    /**
     * The latest published assessments of the correspondent's territory, for their home page:
     * one link per procurement (and per collectivité when they answer for several), newest first.
     * Empty for other roles.
     */
    public List<PublishedLink> forHome(CurrentUser user, int limit) {
        if (!user.isCorrespondent() || user.collectivityIds().isEmpty()) {
            return List.of();
        }
        List<CollectivityView> own = territories.collectivities(user.collectivityIds());
        Set<Long> territoryIds = own.stream().map(CollectivityView::territoryId).collect(Collectors.toSet());
        List<ProcurementView> all = territoryIds.stream()
                .flatMap(t -> procurements.ofTerritory(t).stream())
                .toList();
        Map<Long, PublicationSummary> latest = assessments.latestPublications(
                all.stream().map(ProcurementView::id).toList());
        List<PublishedLink> links = new ArrayList<>();
        for (ProcurementView p : all) {
            PublicationSummary publication = latest.get(p.id());
            if (publication == null) {
                continue;
            }
            for (CollectivityView c : own) {
                if (c.territoryId() == p.territoryId()) {
                    links.add(new PublishedLink(
                            p.id(), p.subject(), publication.publishedAt(), c.id(), c.name(), p.hasMember(c.id())));
                }
            }
        }
        links.sort(Comparator.comparing(PublishedLink::publishedAt).reversed());
        return links.stream().limit(limit).toList();
    }

    /**
     * The procurements of the same territory the collectivité can still join (every one whose
     * deadline has not passed, for the whole view): not a member, and the consultation not yet
     * published — {@code Milestones.publicationOn} today or later. A procurement without a
     * publication date is left out: nobody can say until when it can be joined.
     */
    List<JoinableProcurement> next(ProcurementView procurement, @Nullable Long collectivityId) {
        LocalDate today = LocalDate.now(clock);
        return procurements.ofTerritory(procurement.territoryId()).stream()
                .filter(p -> p.id() != procurement.id())
                .filter(p -> collectivityId == null || !p.hasMember(collectivityId))
                .filter(p -> p.milestones().publicationOn() != null
                        && !p.milestones().publicationOn().isBefore(today))
                .map(p -> new JoinableProcurement(
                        p.id(),
                        p.subject(),
                        p.theme(),
                        Objects.requireNonNull(p.milestones().publicationOn())))
                .sorted(Comparator.comparing(JoinableProcurement::deadline))
                .toList();
    }

    private List<CollectivityView> collectivities(ProcurementView procurement) {
        return territories.collectivities(procurement.territoryId()).stream()
                .filter(c -> !c.merged())
                .toList();
    }

    /** The e-mail addresses of each collectivité's correspondents (accounts whose username is one). */
    private Map<Long, List<String>> recipients(List<CollectivityView> collectivities) {
        Set<Long> ids = collectivities.stream().map(CollectivityView::id).collect(Collectors.toSet());
        Map<Long, List<String>> to = new LinkedHashMap<>();
        for (CurrentUser account : accounts.all()) {
            if (!account.isCorrespondent() || !account.username().contains("@")) {
                continue;
            }
            for (Long c : account.collectivityIds()) {
                if (ids.contains(c)) {
                    to.computeIfAbsent(c, k -> new ArrayList<>()).add(account.username());
                }
            }
        }
        return to;
    }

    private String territoryName(ProcurementView procurement) {
        return territories.find(procurement.territoryId()).map(t -> t.name()).orElse("");
    }

    private static void requireStaff(CurrentUser user) {
        if (!user.isStaff()) {
            throw new ForbiddenException("assessment.publication.staff");
        }
    }

    /** The published view is not there for this reader; whether it exists is not revealed. */
    private static NotFoundException notFound() {
        return new NotFoundException("assessment.publication.notfound");
    }
}
