package org.mutualis.servicefinance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.mutualis.census.CampaignSummary;
import org.mutualis.census.Campaigns;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicedesk.ServiceCentres;
import org.mutualis.servicedesk.TicketWork;
import org.mutualis.servicedesk.Tickets;
import org.mutualis.servicedesk.TrainingAttended;
import org.mutualis.servicedesk.Trainings;
import org.mutualis.servicefinance.domain.UnitOfOperation;
import org.mutualis.servicefinance.domain.sharing.Use;
import org.mutualis.servicefinance.persistence.ManualUnitStore;
import org.mutualis.servicefinance.persistence.ManualUnitStore.ManualRow;
import org.mutualis.servicefinance.persistence.ManualUnitStore.ManualValues;
import org.mutualis.shared.AnswerValue;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.error.InputLimits;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.shared.error.TypedTexts;
import org.mutualis.shared.text.FrenchDates;
import org.mutualis.shared.text.FrenchDecimals;
import org.mutualis.shared.text.Text;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The units of operation recorded for each collectivité and year (CGCT art. D5211-16), each one
 * traceable to its source line: for the services its conventions in force that year subscribe to,
 * the service desk's tickets in the service's category (unit ticket: one per ticket opened in the
 * year; unit hour of intervention: the minutes of each ticket's follow-ups in hours), the training
 * days its people attended (unit training day), the workstations of the latest census (unit
 * workstation: a count not communicated stays unknown and is flagged, never 0); and the manual
 * entries, with their justification, for any service. The EPCI's administrator adds and removes
 * manual entries; staff and elected officials of the territory read every collectivité's units, a
 * correspondent their own only; a technician nothing.
 */
@Service
@Transactional(readOnly = true)
public class UnitRecords {

    /** The census questions whose sum is a collectivité's workstations (schools excepted). */
    public static final List<String> WORKSTATION_QUESTIONS = List.of("desktops_excl_schools", "laptops_excl_schools");

    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    private final ManualUnitStore store;
    private final ServiceCatalogue catalogue;
    private final Conventions conventions;
    private final UnitCosts unitCosts;
    private final FinanceAccess access;
    private final Territories territories;
    private final ServiceCentres centres;
    private final Tickets tickets;
    private final Trainings trainings;
    private final Campaigns campaigns;
    private final Clock clock;

    UnitRecords(
            ManualUnitStore store,
            ServiceCatalogue catalogue,
            Conventions conventions,
            UnitCosts unitCosts,
            FinanceAccess access,
            Territories territories,
            ServiceCentres centres,
            Tickets tickets,
            Trainings trainings,
            Campaigns campaigns,
            Clock clock) {
        this.store = store;
        this.catalogue = catalogue;
        this.conventions = conventions;
        this.unitCosts = unitCosts;
        this.access = access;
        this.territories = territories;
        this.centres = centres;
        this.tickets = tickets;
        this.trainings = trainings;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    /**
     * A collectivité's recorded units for a year (this year by default), for its territory's staff
     * and elected officials and its own correspondent.
     *
     * @throws ForbiddenException for a technician
     * @throws NotFoundException when there is no such collectivité, or this person may not see it
     * @throws RejectedException (400) for a year out of 1900–2200
     */
    @Transactional
    public UnitRecordsView of(long collectivityId, @Nullable Integer year, CurrentUser user) {
        CollectivityView c = readable(collectivityId, user);
        return recorded(c, unitCosts.year(year));
    }

    /** A collectivité's recorded units for a year, for other services (no access check). */
    @Transactional
    public UnitRecordsView recorded(long collectivityId, int year) {
        return recorded(collectivity(collectivityId), year);
    }

    /** A collectivité's uses of the service in a year, as its statement lists them (no access check). */
    @Transactional
    public List<Use> uses(long collectivityId, int year) {
        return recorded(collectivityId, year).lines().stream()
                .map(UnitLine::use)
                .toList();
    }

    /**
     * The uses of the service in a year by every collectivité of the territory that has any, by
     * collectivité id (no access check): what the territory's statements are drawn from.
     */
    @Transactional
    public Map<Long, List<Use>> usesOfTerritory(long territoryId, int year) {
        Map<Long, List<Use>> uses = new LinkedHashMap<>();
        CensusReads census = new CensusReads();
        List<ConventionView> inForce = inForce(territoryId, year);
        for (CollectivityView c : territories.collectivities(territoryId)) {
            List<Use> lines = recorded(c, year, inForce, census).lines().stream()
                    .map(UnitLine::use)
                    .toList();
            if (!lines.isEmpty()) {
                uses.put(c.id(), lines);
            }
        }
        return uses;
    }

    /**
     * The collectivité whose units this person may read.
     *
     * @throws ForbiddenException for a technician
     * @throws NotFoundException when there is no such collectivité, or this person may not see it
     */
    public CollectivityView readable(long collectivityId, CurrentUser user) {
        access.requireReader(user);
        CollectivityView c =
                territories.collectivity(collectivityId).orElseThrow(() -> collectivityNotFound(collectivityId));
        access.requireCollectivity(
                c.territoryId(), c.id(), user, "servicefinance.units.collectivity.notfound", collectivityId);
        return c;
    }

    /**
     * Adds units by hand to a collectivité.
     *
     * @throws ForbiddenException when this person is not the administrator
     * @throws NotFoundException when there is no such collectivité
     * @throws RejectedException (422) with every wrong field: the service, the date, units of zero
     *     or less, a missing justification
     */
    @Transactional
    public UnitLine addManual(long collectivityId, ManualUnitForm form, CurrentUser user) {
        CollectivityView c = manualTarget(collectivityId, user);
        List<Problem> problems = new ArrayList<>();
        CatalogueServiceView service = null;
        Long serviceId = form.serviceId();
        if (serviceId == null) {
            problems.add(Problem.of("serviceId", "form.required", Text.of("manualUnitForm.serviceId")));
        } else {
            service = catalogue.services(c.territoryId()).stream()
                    .filter(s -> s.id() == serviceId)
                    .findFirst()
                    .orElse(null);
            if (service == null) {
                problems.add(Problem.of("serviceId", "servicefinance.units.cost.service.unknown"));
            }
        }
        LocalDate day = form.usedOn();
        if (day == null) {
            problems.add(Problem.of("usedOn", "form.required", Text.of("manualUnitForm.usedOn")));
        } else if (day.getYear() < UnitCosts.FIRST_YEAR || day.getYear() > UnitCosts.LAST_YEAR) {
            problems.add(Problem.of(
                    "usedOn",
                    "servicefinance.units.year.range",
                    String.valueOf(UnitCosts.FIRST_YEAR),
                    String.valueOf(UnitCosts.LAST_YEAR)));
        }
        BigDecimal units = form.units();
        if (units == null) {
            problems.add(Problem.of("units", "form.required", Text.of("manualUnitForm.units")));
        } else if (units.signum() <= 0) {
            problems.add(Problem.of("units", "servicefinance.units.manual.positive", units.toPlainString()));
        } else {
            problems.addAll(InputLimits.of()
                    .number("units", "manualUnitForm.units", units, 14, 2)
                    .problems());
        }
        String justification = TypedTexts.required(
                problems, "justification", "manualUnitForm.justification", form.justification(), 1000);
        TypedTexts.refuse(problems);
        BigDecimal u = Objects.requireNonNull(units);
        long id = store.insert(new ManualValues(
                c.territoryId(),
                c.id(),
                Objects.requireNonNull(service).id(),
                Objects.requireNonNull(day),
                u.setScale(Math.min(2, Math.max(0, u.scale())), RoundingMode.HALF_UP),
                Objects.requireNonNull(justification),
                user.displayName(),
                LocalDateTime.now(clock)));
        return manualLine(store.find(id).orElseThrow());
    }

    /**
     * The collectivité the administrator adds units to: 403 for anyone else before any lookup.
     *
     * @throws ForbiddenException when this person is not the administrator
     * @throws NotFoundException when there is no such collectivité
     */
    public CollectivityView manualTarget(long collectivityId, CurrentUser user) {
        access.requireAdministrator(user);
        return collectivity(collectivityId);
    }

    /**
     * The collectivités whose units this person may read in a territory (a correspondent: their own).
     *
     * @throws ForbiddenException for a technician
     * @throws NotFoundException when there is no such territory
     */
    public Members collectivities(@Nullable Long territory, CurrentUser user) {
        TerritorySummary t = access.territory(territory, user);
        return new Members(
                t.id(),
                t.name(),
                territories.collectivities(t.id()).stream()
                        .filter(c -> !user.isCorrespondent() || user.isOwn(c.id()))
                        .toList());
    }

    /** A territory's collectivités whose units the reader may read. */
    public record Members(long territoryId, String territoryName, List<CollectivityView> collectivities) {}

    /**
     * A manual entry to remove, for the administrator: 403 for anyone else before any lookup.
     *
     * @throws ForbiddenException when this person is not the administrator
     * @throws NotFoundException when there is no such entry
     */
    public UnitLine manualForRemoval(long manualId, CurrentUser user) {
        access.requireAdministrator(user);
        return manualLine(store.find(manualId)
                .orElseThrow(
                        () -> new NotFoundException("servicefinance.units.manual.notfound", String.valueOf(manualId))));
    }

    /**
     * Removes a manual entry; answers the collectivité it was for.
     *
     * @throws ForbiddenException when this person is not the administrator
     * @throws NotFoundException when there is no such entry
     */
    @Transactional
    public long removeManual(long manualId, CurrentUser user) {
        manualForRemoval(manualId, user);
        ManualRow row = store.find(manualId).orElseThrow();
        store.delete(manualId);
        return row.collectivityId();
    }

    private CollectivityView collectivity(long collectivityId) {
        return territories.collectivity(collectivityId).orElseThrow(() -> collectivityNotFound(collectivityId));
    }

    private static NotFoundException collectivityNotFound(long collectivityId) {
        return new NotFoundException("servicefinance.units.collectivity.notfound", String.valueOf(collectivityId));
    }

    private UnitRecordsView recorded(CollectivityView c, int year) {
        return recorded(c, year, inForce(c.territoryId(), year), new CensusReads());
    }

    private UnitRecordsView recorded(CollectivityView c, int year, List<ConventionView> inForce, CensusReads census) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Map<Long, CatalogueServiceView> catalogueById = new HashMap<>();
        catalogue.services(c.territoryId()).forEach(s -> catalogueById.put(s.id(), s));
        Map<Long, CatalogueServiceView> subscribed = new LinkedHashMap<>();
        for (ConventionView v : inForce) {
            if (v.collectivityId() != c.id()) {
                continue;
            }
            for (SubscriptionView s : v.subscriptions()) {
                CatalogueServiceView service = catalogueById.get(s.serviceId());
                if (service != null) {
                    subscribed.putIfAbsent(service.id(), service);
                }
            }
        }
        List<UnitLine> lines = new ArrayList<>();
        List<UnitGap> gaps = new ArrayList<>();
        long centre =
                subscribed.isEmpty() ? -1 : centres.ofTerritory(c.territoryId()).id();
        for (CatalogueServiceView s : subscribed.values()) {
            switch (s.unit()) {
                case TICKET, INTERVENTION_HOUR -> fromTickets(c, s, centre, first, last, lines, gaps);
                case TRAINING_DAY -> fromTrainings(c, s, centre, first, last, lines);
                case WORKSTATION -> fromCensus(c, s, year, census, lines, gaps);
                default -> gaps.add(new UnitGap(s.id(), s.label(), Text.of("servicefinance.units.gap.manualOnly")));
            }
        }
        for (ManualRow m : store.of(c.id(), first, last)) {
            lines.add(manualLine(m));
        }
        lines.sort(Comparator.comparing(UnitLine::serviceLabel)
                .thenComparing(UnitLine::date)
                .thenComparing(l -> l.label().french()));
        Map<Long, ServiceUnits> totals = new LinkedHashMap<>();
        for (UnitLine l : lines) {
            totals.merge(
                    l.serviceId(),
                    new ServiceUnits(l.serviceId(), l.serviceCode(), l.serviceLabel(), l.unit(), l.units(), 1),
                    (a, b) -> new ServiceUnits(
                            a.serviceId(),
                            a.serviceCode(),
                            a.serviceLabel(),
                            a.unit(),
                            a.total().add(b.total()),
                            a.lines() + 1));
        }
        return new UnitRecordsView(
                c.id(), c.name(), c.code(), c.territoryId(), year, List.copyOf(totals.values()), lines, gaps);
    }

    private void fromTickets(
            CollectivityView c,
            CatalogueServiceView s,
            long centre,
            LocalDate first,
            LocalDate last,
            List<UnitLine> lines,
            List<UnitGap> gaps) {
        Long category = s.categoryId();
        if (category == null) {
            gaps.add(new UnitGap(s.id(), s.label(), Text.of("servicefinance.units.gap.noCategory")));
            return;
        }
        for (TicketWork w : tickets.workFor(centre, c.id(), category, first, last.plusDays(1))) {
            if (s.unit() == UnitOfOperation.TICKET) {
                lines.add(line(
                        w.openedOn(),
                        s,
                        UnitSource.TICKET,
                        Text.of("servicefinance.units.line.ticket", String.valueOf(w.ticketId())),
                        BigDecimal.ONE,
                        w.ticketId(),
                        null,
                        null,
                        null,
                        null));
            } else if (w.minutes() > 0) {
                BigDecimal hours = BigDecimal.valueOf(w.minutes()).divide(MINUTES_PER_HOUR, 2, RoundingMode.HALF_UP);
                lines.add(line(
                        w.openedOn(),
                        s,
                        UnitSource.TICKET_TIME,
                        Text.of(
                                "servicefinance.units.line.ticketTime",
                                String.valueOf(w.ticketId()),
                                String.valueOf(w.minutes())),
                        hours,
                        w.ticketId(),
                        null,
                        null,
                        null,
                        null));
            }
        }
    }

    private void fromTrainings(
            CollectivityView c,
            CatalogueServiceView s,
            long centre,
            LocalDate first,
            LocalDate last,
            List<UnitLine> lines) {
        for (TrainingAttended a : trainings.attendedBy(centre, c.id(), first, last)) {
            if (a.days().signum() <= 0) {
                continue;
            }
            lines.add(line(
                    a.firstDay(),
                    s,
                    UnitSource.TRAINING,
                    Text.of(
                            "servicefinance.units.line.training",
                            String.valueOf(a.sessionId()),
                            a.topic(),
                            FrenchDecimals.format(a.days())),
                    a.days(),
                    null,
                    a.sessionId(),
                    null,
                    null,
                    null));
        }
    }

    /**
     * What one reading of recorded units has read of the census: the territory's campaigns dated by
     * the year's end, latest first (read once), and each campaign's answers by collectivité code (read
     * once per campaign, however many collectivités ask).
     */
    private static final class CensusReads {
        private @Nullable List<CampaignSummary> dated;
        private final Map<Long, Map<String, Map<String, AnswerValue>>> answers = new HashMap<>();
    }

    private void fromCensus(
            CollectivityView c,
            CatalogueServiceView s,
            int year,
            CensusReads census,
            List<UnitLine> lines,
            List<UnitGap> gaps) {
        CensusCount count = latestCount(c, year, census);
        if (count == null) {
            gaps.add(new UnitGap(s.id(), s.label(), noCensus(year)));
            return;
        }
        BigDecimal total = count.total();
        if (total == null) {
            gaps.add(new UnitGap(s.id(), s.label(), count.source()));
            return;
        }
        if (total.signum() > 0) {
            lines.add(line(
                    LocalDate.of(year, 1, 1),
                    s,
                    UnitSource.CENSUS,
                    count.source(),
                    total,
                    null,
                    null,
                    count.campaign().id(),
                    null,
                    null));
        }
    }

    /**
     * Each collectivité's workstations from the latest census dated by the year's end that answered
     * the workstation questions — the count the unit « poste de travail couvert » records — by
     * collectivité id, for other services (no access check). A count not communicated (NC or not
     * answered) or without any census is unknown (null), never 0; the source says which.
     */
    @Transactional
    public Map<Long, WorkstationCount> workstationsOfTerritory(long territoryId, int year) {
        CensusReads census = new CensusReads();
        Map<Long, WorkstationCount> counts = new LinkedHashMap<>();
        for (CollectivityView c : territories.collectivities(territoryId)) {
            CensusCount count = latestCount(c, year, census);
            counts.put(
                    c.id(),
                    count == null
                            ? new WorkstationCount(null, noCensus(year))
                            : new WorkstationCount(count.total(), count.source()));
        }
        return counts;
    }

    private static Text noCensus(int year) {
        return Text.of("servicefinance.units.gap.noCensus", String.valueOf(year));
    }

    /**
     * What the latest census that answered the workstation questions says: the sum, or null (with
     * the reason) when one of them is not communicated.
     */
    private record CensusCount(
            CampaignSummary campaign, @Nullable BigDecimal total, Text source) {}

    private @Nullable CensusCount latestCount(CollectivityView c, int year, CensusReads census) {
        LocalDate last = LocalDate.of(year, 12, 31);
        List<CampaignSummary> dated = census.dated;
        if (dated == null) {
            dated = campaigns.all().stream()
                    .filter(k -> k.territoryId() == c.territoryId()
                            && !k.censusDate().isAfter(last))
                    .sorted(Comparator.comparing(CampaignSummary::censusDate)
                            .thenComparing(CampaignSummary::id)
                            .reversed())
                    .toList();
            census.dated = dated;
        }
        for (CampaignSummary campaign : dated) {
            Map<String, AnswerValue> answers = census.answers
                    .computeIfAbsent(campaign.id(), id -> campaigns.data(id).answers())
                    .get(c.code());
            if (answers == null || WORKSTATION_QUESTIONS.stream().noneMatch(answers::containsKey)) {
                continue;
            }
            BigDecimal total = BigDecimal.ZERO;
            for (String q : WORKSTATION_QUESTIONS) {
                if (!(answers.get(q) instanceof AnswerValue.Numeric n)) {
                    return new CensusCount(
                            campaign,
                            null,
                            Text.of(
                                    "servicefinance.units.gap.workstationsUnknown",
                                    campaign.name(),
                                    FrenchDates.format(campaign.censusDate()),
                                    Text.of("servicefinance.units.question." + q),
                                    answers.get(q) == null
                                            ? Text.of("servicefinance.units.unanswered")
                                            : Text.of("servicefinance.units.nc")));
                }
                total = total.add(n.value());
            }
            return new CensusCount(
                    campaign,
                    total,
                    Text.of(
                            "servicefinance.units.line.census",
                            campaign.name(),
                            FrenchDates.format(campaign.censusDate()),
                            answers.get(WORKSTATION_QUESTIONS.get(0)).display(),
                            answers.get(WORKSTATION_QUESTIONS.get(1)).display()));
        }
        return null;
    }

    private static UnitLine line(
            LocalDate date,
            CatalogueServiceView s,
            UnitSource source,
            Text label,
            BigDecimal units,
            @Nullable Long ticketId,
            @Nullable Long sessionId,
            @Nullable Long campaignId,
            @Nullable Long manualId,
            @Nullable String justification) {
        return new UnitLine(
                date,
                s.id(),
                s.code(),
                s.label(),
                s.unit(),
                source,
                label,
                units,
                ticketId,
                sessionId,
                campaignId,
                manualId,
                justification);
    }

    private static UnitLine manualLine(ManualRow m) {
        return new UnitLine(
                m.usedOn(),
                m.serviceId(),
                m.serviceCode(),
                m.serviceLabel(),
                UnitOfOperation.valueOf(m.unit()),
                UnitSource.MANUAL,
                Text.of("servicefinance.units.line.manual", String.valueOf(m.id()), m.justification()),
                m.units(),
                null,
                null,
                null,
                m.id(),
                m.justification());
    }

    private List<ConventionView> inForce(long territoryId, int year) {
        return conventions.inYear(territoryId, year);
    }
}
