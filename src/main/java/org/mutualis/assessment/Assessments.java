package org.mutualis.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mutualis.assessment.documents.AssessmentOds;
import org.mutualis.assessment.documents.AssessmentPdf;
import org.mutualis.assessment.domain.AssessedItem;
import org.mutualis.assessment.domain.Assessment;
import org.mutualis.assessment.domain.AssessmentAward;
import org.mutualis.assessment.domain.AssessmentEngine;
import org.mutualis.assessment.domain.AssessmentItem;
import org.mutualis.assessment.domain.AssessmentLine;
import org.mutualis.assessment.persistence.AwardStore;
import org.mutualis.assessment.persistence.PublicationStore;
import org.mutualis.census.CampaignSummary;
import org.mutualis.identity.CurrentUser;
import org.mutualis.procurement.ProcurementView;
import org.mutualis.procurement.Procurements;
import org.mutualis.procurement.domain.Milestones;
import org.mutualis.savings.CensusVolumes;
import org.mutualis.savings.OfferView;
import org.mutualis.savings.Offers;
import org.mutualis.savings.TerritorySavings;
import org.mutualis.savings.VolumeSet;
import org.mutualis.savings.domain.CollectivityVolume;
import org.mutualis.savings.domain.Price;
import org.mutualis.savings.domain.SavingAmounts;
import org.mutualis.shared.error.ConflictException;
import org.mutualis.shared.error.InputProblem;
import org.mutualis.shared.error.InvalidInputException;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.shared.text.FrenchDecimals;
import org.mutualis.shared.text.Text;
import org.mutualis.territory.Territories;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The before/after assessment of a group procurement ("bilan existant / obtenu"): the offers it
 * was expected to obtain, the prices awarded, and the savings obtained against those expected,
 * for its members. Members read their own lines; the EPCI's staff link offers and enter awards.
 */
@Service
public class Assessments {

    private final Procurements procurements;
    private final Offers offers;
    private final AwardStore awards;
    private final PublicationStore publications;
    private final TerritorySavings savings;
    private final CensusVolumes volumes;
    private final Territories territories;
    private final AssessmentPdf pdf;
    private final AssessmentOds ods;
    private final AssessmentEngine engine = AssessmentEngine.study();
    private final Clock clock;

    Assessments(
            Procurements procurements,
            Offers offers,
            AwardStore awards,
            PublicationStore publications,
            TerritorySavings savings,
            CensusVolumes volumes,
            Territories territories,
            AssessmentPdf pdf,
            AssessmentOds ods,
            Clock clock) {
        this.procurements = procurements;
        this.offers = offers;
        this.awards = awards;
        this.publications = publications;
        this.savings = savings;
        this.volumes = volumes;
        this.territories = territories;
        this.pdf = pdf;
        this.ods = ods;
        this.clock = clock;
    }

    /**
     * @param campaignId the census for today's prices and volumes; null for each offer's latest
     * @throws NotFoundException when the procurement does not exist or this user is
     *     not allowed to see it (a correspondent whose collectivité is not a member)
     */
    public AssessmentView of(long procurementId, @Nullable Long campaignId, CurrentUser user) {
        ProcurementView procurement = procurements.get(procurementId, user).procurement();
        List<LinkedOffer> linked = linked(procurement, user);
        boolean restricted = user.isCorrespondent();
        Set<String> counted = restricted
                ? Set.of(ownCode(user))
                : procurement.members().stream()
                        .map(ProcurementView.MemberView::code)
                        .collect(Collectors.toSet());
        Computed computed = compute(procurement, linked, campaignId, counted, restricted);
        Assessment assessment = computed.assessment();
        CampaignSummary campaign = computed.campaign();
        List<CampaignSummary> choices = computed.campaigns();
        List<Text> notes = computed.notes();
        List<OfferView> available = user.isStaff()
                ? offers.ofTerritory(procurement.territoryId(), user).stream()
                        .filter(o -> linked.stream().noneMatch(l -> l.offer().id() == o.id()))
                        .toList()
                : List.of();
        return new AssessmentView(
                procurement,
                heading(procurement, linked, restricted ? ownName(user) : null),
                linked,
                assessment,
                campaign,
                choices,
                available,
                notes,
                restricted);
    }

    // --- For other modules (the programme's task statuses): no reader, no access check --------

    /** The latest publication of the procurement's assessment to the communes, if it was published. */
    public Optional<PublicationSummary> latestPublication(long procurementId) {
        return publications.latest(procurementId).map(Assessments::summary);
    }

    /** The latest publication of each of these procurements that was published, by procurement id; one query. */
    public Map<Long, PublicationSummary> latestPublications(Collection<Long> procurementIds) {
        Map<Long, PublicationSummary> latest = new HashMap<>();
        for (PublicationStore.Row row : publications.latest(procurementIds)) {
            latest.putIfAbsent(row.procurementId(), summary(row));
        }
        return latest;
    }

    /** How far the procurement's awards have gone ({@link AwardState#none} without an offer linked). */
    public AwardState awardState(long procurementId) {
        return awardStates(List.of(procurementId)).get(procurementId);
    }

    /** {@link #awardState} of each of these procurements, every id present; one query. */
    public Map<Long, AwardState> awardStates(Collection<Long> procurementIds) {
        Map<Long, AwardState> states = new HashMap<>();
        procurementIds.forEach(id -> states.put(id, AwardState.none(id)));
        for (AwardStore.Progress p : awards.progress(procurementIds)) {
            states.put(
                    p.procurementId(),
                    new AwardState(
                            p.procurementId(),
                            p.offersLinked(),
                            p.offersAwarded(),
                            p.firstAwardedOn(),
                            p.lastAwardedOn()));
        }
        return states;
    }

    /** Whether every offer the procurement is expected to obtain is awarded (and there is one). */
    public boolean complete(long procurementId) {
        return awardState(procurementId).complete();
    }

    /**
     * The savings each member collectivité of the territory's group procurements obtained in the
     * year, one per member and awarded item whose contract runs in the year (no reader, no access
     * check: the service centre's balances). The amounts come from the assessment's one computation
     * over the members' declared lines (as a member reads its own: an extrapolated volume is the
     * stratum's, not the member's, so it stays NC); the year's part is {@link #inYear}. Sorted by
     * collectivité code, procurement, item.
     */
    @Transactional(readOnly = true)
    public List<ObtainedSaving> savingsObtained(long territoryId, int year) {
        List<OfferView> territoryOffers = offers.ofTerritory(territoryId);
        List<ObtainedSaving> obtained = new ArrayList<>();
        for (ProcurementView procurement : procurements.ofTerritory(territoryId)) {
            if (procurement.members().isEmpty()) {
                continue;
            }
            List<LinkedOffer> linked = linked(procurement, territoryOffers);
            if (linked.stream().noneMatch(LinkedOffer::awarded)) {
                continue;
            }
            Set<String> members = procurement.members().stream()
                    .map(ProcurementView.MemberView::code)
                    .collect(Collectors.toSet());
            Assessment assessment =
                    compute(procurement, linked, null, members, true).assessment();
            Milestones dates = procurement.milestones();
            boolean datesKnown = dates.startOn() != null && dates.endOn() != null;
            for (AssessmentItem item : assessment.items()) {
                AssessmentAward award = item.award();
                if (award == null) {
                    continue;
                }
                LocalDate start = datesKnown ? dates.startOn() : award.awardedOn();
                LocalDate end = datesKnown
                        ? dates.endOn()
                        : start.plusMonths(item.contractMonths()).minusDays(1);
                Map<String, AssessmentLine> lines = item.lines().stream()
                        .collect(Collectors.toMap(AssessmentLine::collectivityCode, Function.identity(), (a, b) -> a));
                for (ProcurementView.MemberView member : procurement.members()) {
                    LocalDate from = start;
                    if (member.contractEndsOn() != null
                            && member.contractEndsOn().plusDays(1).isAfter(from)) {
                        from = member.contractEndsOn().plusDays(1);
                    }
                    if (from.isAfter(end)) {
                        continue;
                    }
                    AssessmentLine line = lines.get(member.code());
                    SavingAmounts got = line == null ? null : line.obtained();
                    ObtainedSaving saving = inYear(
                            procurement,
                            item,
                            member,
                            got == null ? null : (item.oneOff() ? got.oneOff() : got.perYear()).value(),
                            from,
                            end,
                            datesKnown,
                            year);
                    if (saving != null) {
                        obtained.add(saving);
                    }
                }
            }
        }
        obtained.sort(Comparator.comparing(ObtainedSaving::collectivityCode)
                .thenComparing(ObtainedSaving::procurement)
                .thenComparing(ObtainedSaving::item));
        return obtained;
    }

    /**
     * The part of a member's saving that belongs to the year: a one-off purchase whole in the year
     * its contract begins; a recurring saving, annual × m ÷ 12 to the cent (half up), m being the
     * months of its contract that begin in the year (months counted from its first day, as the
     * assessment counts the contract's months); null when its contract does not run in the year.
     */
    static @Nullable ObtainedSaving inYear(
            ProcurementView procurement,
            AssessmentItem item,
            ProcurementView.MemberView member,
            @Nullable BigDecimal annual,
            LocalDate from,
            LocalDate to,
            boolean datesKnown,
            int year) {
        BigDecimal amount;
        int months = 0;
        if (item.oneOff()) {
            if (from.getYear() != year) {
                return null;
            }
            amount = annual == null ? null : annual.setScale(2, java.math.RoundingMode.HALF_UP);
        } else {
            months = monthsInYear(from, to, year);
            if (months == 0) {
                return null;
            }
            amount = annual == null
                    ? null
                    : annual.multiply(BigDecimal.valueOf(months))
                            .divide(BigDecimal.valueOf(12), 2, java.math.RoundingMode.HALF_UP);
        }
        AssessmentAward award = Objects.requireNonNull(item.award());
        return new ObtainedSaving(
                procurement.id(),
                procurement.subject(),
                item.item().label(),
                award.supplier(),
                member.code(),
                member.name(),
                amount,
                annual,
                item.oneOff(),
                months,
                from,
                to,
                datesKnown);
    }

    /**
     * How many months of a contract running {@code from}–{@code to} (both days included) begin in
     * the year: the months are numbered from its first day ({@code from}, {@code from + 1 month}…)
     * and each belongs to the year it begins in, so that the years add up to the contract's months.
     */
    static int monthsInYear(LocalDate from, LocalDate to, int year) {
        int months = 0;
        for (int k = 0; ; k++) {
            LocalDate month = from.plusMonths(k);
            if (month.isAfter(to) || month.getYear() > year) {
                return months;
            }
            if (month.getYear() == year) {
                months++;
            }
        }
    }

    static PublicationSummary summary(PublicationStore.Row row) {
        return new PublicationSummary(
                row.id(),
                row.procurementId(),
                row.publishedAt(),
                row.publishedBy(),
                row.message(),
                row.mailsSent(),
                row.mailsFailed(),
                row.sentAt());
    }

    /**
     * One collectivité's own assessment, member or not: its declared census volumes and prices
     * against the expected and awarded prices, by the same computation as a member's own lines.
     */
    Assessment ownAssessment(ProcurementView procurement, List<LinkedOffer> linked, String collectivityCode) {
        return compute(procurement, linked, null, Set.of(collectivityCode), true)
                .assessment();
    }

    /** What {@link #compute} gives: the assessment, the census used, and the notes the reader may read. */
    record Computed(
            Assessment assessment,
            @Nullable CampaignSummary campaign,
            List<CampaignSummary> campaigns,
            List<Text> notes) {}

    /**
     * The one computation of the assessment, over the lines of the {@code counted} collectivités
     * (their census volumes and prices against the expected and awarded prices). Restricted — one
     * collectivité's own figures — keeps its declared lines only (an extrapolated line would show
     * its stratum's other answers) and no note that names another collectivité.
     */
    Computed compute(
            ProcurementView procurement,
            List<LinkedOffer> linked,
            @Nullable Long campaignId,
            Set<String> counted,
            boolean restricted) {
        CensusVolumes.Batch batch = volumes.batch();
        List<CampaignSummary> choices = savings.campaignsOf(procurement.territoryId());
        CampaignSummary campaign = campaignId == null
                ? null
                : choices.stream()
                        .filter(c -> c.id() == campaignId)
                        .findFirst()
                        .orElseThrow(
                                () -> new NotFoundException("savings.campaign.notfound", String.valueOf(campaignId)));
        int months = contractMonths(procurement.milestones());
        Set<Text> notes = new LinkedHashSet<>();
        List<AssessedItem> items = new ArrayList<>();
        for (LinkedOffer link : linked) {
            OfferView offer = link.offer();
            CampaignSummary used = savings.choose(choices, campaignId, offer, batch);
            List<CollectivityVolume> itemVolumes = List.of();
            if (used == null) {
                notes.add(Text.of("assessment.note.noCensus", offer.item().label()));
            } else {
                VolumeSet set = batch.of(used.id(), offer);
                // A correspondent's own extrapolated line would show the stratum's other answers.
                itemVolumes = set.volumes().stream()
                        .filter(v -> counted.contains(v.collectivityCode()))
                        .filter(v ->
                                !restricted || v.volumeSource() == org.mutualis.savings.domain.VolumeSource.DECLARED)
                        .toList();
                if (!restricted) {
                    notes.addAll(set.exclusions());
                    notes.addAll(set.notes());
                }
            }
            AssessmentAward award = link.awarded()
                    ? new AssessmentAward(
                            Objects.requireNonNullElse(link.awardedSupplier(), offer.supplier()),
                            link.awardedPrice(),
                            Objects.requireNonNullElse(link.awardedOn(), offer.validFrom()))
                    : null;
            items.add(
                    new AssessedItem(offer.toCore(), award, itemVolumes, months > 0 ? months : offer.contractMonths()));
        }
        if (months == 0) {
            notes.add(Text.of("assessment.note.noDates"));
        }
        return new Computed(engine.assess(items), campaign, choices, new ArrayList<>(notes));
    }

    public byte[] pdf(long procurementId, @Nullable Long campaignId, CurrentUser user) {
        AssessmentView view = of(procurementId, campaignId, user);
        return pdf.render(view.assessment(), view.heading());
    }

    public byte[] ods(long procurementId, @Nullable Long campaignId, CurrentUser user) {
        AssessmentView view = of(procurementId, campaignId, user);
        return ods.render(view.assessment(), view.heading());
    }

    /** Adds an offer of the procurement's territory to what the procurement is expected to obtain. */
    @Transactional
    public void link(long procurementId, long offerId, CurrentUser user) {
        Offers.requireStaff(user);
        ProcurementView procurement = procurements.get(procurementId, user).procurement();
        OfferView offer = offers.get(offerId, user);
        if (offer.territoryId() != procurement.territoryId()) {
            throw new InvalidInputException(List.of(InputProblem.of("offerId", "assessment.offer.otherTerritory")));
        }
        if (awards.linked(procurementId, offerId)) {
            throw new InvalidInputException(List.of(InputProblem.of("offerId", "assessment.offer.linked")));
        }
        try {
            awards.link(procurementId, offerId);
        } catch (org.springframework.dao.DuplicateKeyException e) {
            // Two clicks at once: the first one linked it.
            throw new InvalidInputException(List.of(InputProblem.of("offerId", "assessment.offer.linked")));
        }
    }

    @Transactional
    public void unlink(long procurementId, long offerId, CurrentUser user) {
        Offers.requireStaff(user);
        procurements.get(procurementId, user);
        if (awards.unlink(procurementId, offerId) == 0) {
            throw new NotFoundException("assessment.offer.notLinked");
        }
    }

    /** Digits before the decimal point of {@code awarded_amount numeric(14, 4)}. */
    static final int PRICE_DIGITS = 10;

    /**
     * Records the price obtained for an expected offer; an empty amount removes the award.
     *
     * @throws InvalidInputException naming each wrong field; nothing is saved
     * @throws ConflictException when someone changed the award since {@code form.version()}
     */
    @Transactional
    public void award(long procurementId, long offerId, AwardForm form, CurrentUser user) {
        Offers.requireStaff(user);
        procurements.get(procurementId, user);
        if (!awards.linked(procurementId, offerId)) {
            throw new NotFoundException("assessment.offer.notLinked");
        }
        List<InputProblem> problems = new ArrayList<>();
        BigDecimal amount = form.amount();
        if (amount != null && amount.signum() < 0) {
            problems.add(InputProblem.of(
                    "amount",
                    "form.amount.negative",
                    Text.of("assessment.field.amount"),
                    FrenchDecimals.format(amount)));
        }
        LocalDate on = form.awardedOn();
        if (amount != null && on == null) {
            problems.add(InputProblem.of("awardedOn", "form.required", Text.of("assessment.field.awardedOn")));
        }
        String supplier = form.supplier() == null ? "" : form.supplier().trim();
        if (amount != null && supplier.isEmpty()) {
            problems.add(InputProblem.of("supplier", "assessment.award.supplier"));
        }
        if (amount != null && amount.precision() - amount.scale() > PRICE_DIGITS) {
            problems.add(InputProblem.of(
                    "amount", "form.digits", Text.of("assessment.field.amount"), String.valueOf(PRICE_DIGITS)));
        }
        if (supplier.length() > 200) {
            problems.add(InputProblem.of("supplier", "assessment.award.supplier.long"));
        }
        if (form.version() == null) {
            problems.add(InputProblem.of("version", "assessment.award.version"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean saved = amount == null
                ? awards.award(procurementId, offerId, form.version().intValue(), null, null, null)
                : awards.award(
                        procurementId,
                        offerId,
                        form.version().intValue(),
                        supplier,
                        new Price(amount, Boolean.TRUE.equals(form.ttc())),
                        on);
        if (!saved) {
            throw new ConflictException("assessment.award.conflict");
        }
    }

    List<LinkedOffer> linked(ProcurementView procurement, CurrentUser user) {
        return linked(procurement, offers.ofTerritory(procurement.territoryId(), user));
    }

    private List<LinkedOffer> linked(ProcurementView procurement, List<OfferView> offersOfTerritory) {
        Map<Long, OfferView> territoryOffers =
                offersOfTerritory.stream().collect(Collectors.toMap(OfferView::id, Function.identity()));
        return awards.of(procurement.id()).stream()
                .filter(row -> territoryOffers.containsKey(row.offerId()))
                .map(row -> new LinkedOffer(
                        territoryOffers.get(row.offerId()),
                        row.supplier(),
                        row.awarded(),
                        row.awardedOn(),
                        row.version()))
                .sorted(Comparator.comparing(l -> l.offer().item().label()))
                .toList();
    }

    AssessmentHeading heading(
            ProcurementView procurement, List<LinkedOffer> linked, @Nullable String onlyCollectivity) {
        String territory =
                territories.find(procurement.territoryId()).map(t -> t.name()).orElse("");
        String procedure = procurement.procedureKind().label()
                + (procurement.awardProcedure() == null
                        ? ""
                        : ", " + procurement.awardProcedure().label());
        LocalDate awardedOn = procurement.milestones().awardOn();
        if (awardedOn == null) {
            awardedOn = linked.stream()
                    .map(LinkedOffer::awardedOn)
                    .filter(Objects::nonNull)
                    .max(Comparator.naturalOrder())
                    .orElse(null);
        }
        // A member's correspondent gets their own lines: the document says so, its totals are theirs.
        String subject = onlyCollectivity == null
                ? procurement.subject()
                : procurement.subject() + " — " + onlyCollectivity + " seulement";
        return new AssessmentHeading(territory, subject, procedure, awardedOn, LocalDate.now(clock));
    }

    private static int contractMonths(Milestones milestones) {
        if (milestones.startOn() == null || milestones.endOn() == null) {
            return 0;
        }
        return (int) Math.max(
                1,
                ChronoUnit.MONTHS.between(
                        milestones.startOn(), milestones.endOn().plusDays(1)));
    }

    private String ownName(CurrentUser user) {
        return territories
                .collectivity(Objects.requireNonNull(user.collectivityId()))
                .map(c -> c.name())
                .orElse("");
    }

    private String ownCode(CurrentUser user) {
        return territories
                .collectivity(Objects.requireNonNull(user.collectivityId()))
                .map(c -> c.code())
                .orElse("");
    }
}
