package org.mutualis.servicefinance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicefinance.domain.ConventionKind;
import org.mutualis.servicefinance.domain.ConventionTerm;
import org.mutualis.servicefinance.domain.CostMethod;
import org.mutualis.servicefinance.domain.UnitOfOperation;
import org.mutualis.servicefinance.persistence.ConventionStore;
import org.mutualis.servicefinance.persistence.ConventionStore.ConventionRow;
import org.mutualis.servicefinance.persistence.ConventionStore.ConventionValues;
import org.mutualis.servicefinance.persistence.ConventionStore.SubscriptionRow;
import org.mutualis.shared.ListPage;
import org.mutualis.shared.error.ConflictException;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.error.InputLimits;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.shared.error.TypedTexts;
import org.mutualis.shared.text.Text;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each collectivité's convention with the shared service: its kind, signature and council
 * deliberation, duration and renewal date, the services it subscribes to with their forecast use in
 * units of operation (a convention always holds one), the unit-cost method. The EPCI's
 * administrator records them; analysts and elected officials read them all; a correspondent reads
 * their own collectivité's only (another's is as unknown as a missing one); a technician nothing.
 */
@Service
@Transactional(readOnly = true)
public class Conventions {

    private static final java.time.format.DateTimeFormatter FRENCH_DATE =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Conventions on one page of the list. */
    public static final int PAGE_SIZE = 25;

    private final ConventionStore store;
    private final ServiceCatalogue catalogue;
    private final FinanceAccess access;
    private final Territories territories;
    private final Clock clock;

    Conventions(
            ConventionStore store,
            ServiceCatalogue catalogue,
            FinanceAccess access,
            Territories territories,
            Clock clock) {
        this.store = store;
        this.catalogue = catalogue;
        this.access = access;
        this.territories = territories;
        this.clock = clock;
    }

    /**
     * One page of the territory's conventions this person may see (a correspondent: their own
     * collectivité's), found by collectivité name or code.
     *
     * @throws ForbiddenException for a technician
     * @throws NotFoundException when there is no such territory
     * @throws RejectedException for a page number below 1
     */
    @Transactional
    public ConventionList page(@Nullable Long territory, @Nullable String query, int page, CurrentUser user) {
        ListPage.requested(page);
        TerritorySummary t = access.territory(territory, user);
        String q = query == null ? "" : query.strip();
        if (q.length() > 200) {
            q = q.substring(0, 200);
        }
        List<Long> only = user.isCorrespondent() ? user.collectivityIds() : null;
        long total = store.count(t.id(), q, only);
        int number = ListPage.number(page, PAGE_SIZE, total);
        List<ConventionRow> rows = store.page(t.id(), q, only, ListPage.offset(number, PAGE_SIZE), PAGE_SIZE);
        return new ConventionList(
                t.id(),
                t.name(),
                q,
                new ListPage<>(views(rows, catalogue.reminderDays(t.id())), number, PAGE_SIZE, total));
    }

    /**
     * The conventions of the territory whose renewal falls within its reminder's days from today
     * (today included), soonest first, as this person may see them.
     *
     * @throws ForbiddenException for a technician
     * @throws NotFoundException when there is no such territory
     */
    @Transactional
    public List<ConventionView> renewalsDue(@Nullable Long territory, CurrentUser user) {
        TerritorySummary t = access.territory(territory, user);
        return ofTerritory(t.id()).stream()
                .filter(ConventionView::dueForRenewal)
                .filter(c -> !user.isCorrespondent() || user.isOwn(c.collectivityId()))
                .sorted(java.util.Comparator.comparing(ConventionView::renewalOn)
                        .thenComparing(ConventionView::collectivityName))
                .toList();
    }

    /** Every convention of the territory, for other services (no access check). */
    @Transactional
    public List<ConventionView> ofTerritory(long territoryId) {
        return views(store.ofTerritory(territoryId), catalogue.reminderDays(territoryId));
    }

    /**
     * The conventions of the territory in force on a day (signed on or before it, renewal after it),
     * for other services (no access check): the statements of a year start from them.
     */
    @Transactional
    public List<ConventionView> inForce(long territoryId, LocalDate day) {
        return ofTerritory(territoryId).stream()
                .filter(c -> !c.signedOn().isAfter(day) && c.renewalOn().isAfter(day))
                .toList();
    }

    /**
     * The conventions of the territory in force during a year (a day of their term within it), for
     * other services (no access check): the unit costs' forecasts and the recorded units start from
     * them.
     */
    @Transactional
    public List<ConventionView> inYear(long territoryId, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        return ofTerritory(territoryId).stream()
                .filter(c -> !c.signedOn().isAfter(last) && c.renewalOn().isAfter(first))
                .toList();
    }

    /**
     * A convention, for its territory's staff and elected officials and its own collectivité's
     * correspondent.
     *
     * @throws ForbiddenException for a technician
     * @throws NotFoundException when there is no such convention, or this person may not see it
     */
    @Transactional
    public ConventionView get(long conventionId, CurrentUser user) {
        access.requireReader(user);
        ConventionRow row = store.find(conventionId).orElseThrow(() -> notFound(conventionId));
        if (user.isCorrespondent() && !user.isOwn(row.collectivityId())) {
            throw notFound(conventionId);
        }
        return view(row);
    }

    /** A convention, for other services (no access check). */
    @Transactional
    public Optional<ConventionView> find(long conventionId) {
        return store.find(conventionId).map(this::view);
    }

    /**
     * A convention to change, for the administrator: 403 for anyone else before any lookup.
     *
     * @throws ForbiddenException when this person is not the administrator
     * @throws NotFoundException when there is no such convention
     */
    @Transactional
    public ConventionView forEdit(long conventionId, CurrentUser user) {
        access.requireAdministrator(user);
        return get(conventionId, user);
    }

    /**
     * The territory's collectivités a convention may be signed with (the administrator's form).
     *
     * @throws ForbiddenException when this person is not the administrator
     */
    public List<CollectivityView> collectivities(long territoryId, CurrentUser user) {
        access.requireAdministrator(user);
        return territories.collectivities(territoryId);
    }

    /**
     * Records a collectivité's convention.
     *
     * @throws ForbiddenException when this person is not the administrator
     * @throws RejectedException with every wrong field: a missing forecast, a forecast of zero or
     *     less, a collectivité of another territory, a deliberation after the signature, a term that
     *     overlaps another convention of the same collectivité…
     */
    @Transactional
    public ConventionView create(@Nullable Long territory, ConventionForm form, CurrentUser user) {
        TerritorySummary t = catalogue.forAdding(territory, user);
        Checked checked = checked(t.id(), form, null);
        long id = store.insert(t.id(), checked.values());
        store.subscribe(id, checked.subscriptions());
        return view(store.find(id).orElseThrow());
    }

    /**
     * Changes a convention with the version read.
     *
     * @throws ForbiddenException when this person is not the administrator
     * @throws NotFoundException when there is no such convention
     * @throws RejectedException with every wrong field (see {@link #create})
     * @throws ConflictException when someone changed it since it was read
     */
    @Transactional
    public ConventionView update(long conventionId, ConventionForm form, CurrentUser user) {
        ConventionView current = forEdit(conventionId, user);
        Checked checked = checked(current.territoryId(), form, current);
        if (form.version() == null) {
            throw new RejectedException(
                    List.of(Problem.of("version", "form.required", Text.of("conventionForm.version"))), "form.refused");
        }
        if (!store.update(conventionId, checked.values(), form.version())) {
            throw new ConflictException("servicefinance.convention.stale", current.collectivityName());
        }
        store.subscribe(conventionId, checked.subscriptions());
        return view(store.find(conventionId).orElseThrow());
    }

    /**
     * Deletes a convention (one recorded by mistake) and its subscriptions.
     *
     * @throws ForbiddenException when this person is not the administrator
     * @throws NotFoundException when there is no such convention
     */
    @Transactional
    public void delete(long conventionId, CurrentUser user) {
        forEdit(conventionId, user);
        store.delete(conventionId);
    }

    private record Checked(ConventionValues values, List<SubscriptionRow> subscriptions) {}

    private Checked checked(long territoryId, ConventionForm form, @Nullable ConventionView current) {
        List<Problem> problems = new ArrayList<>();
        Long collectivity = form.collectivityId();
        if (collectivity == null) {
            problems.add(Problem.of("collectivityId", "form.required", Text.of("conventionForm.collectivityId")));
        } else if (territories
                .collectivity(collectivity)
                .filter(c -> c.territoryId() == territoryId)
                .isEmpty()) {
            problems.add(Problem.of("collectivityId", "servicefinance.convention.collectivity.unknown"));
        }
        ConventionKind kind = form.kind();
        if (kind == null) {
            problems.add(Problem.of("kind", "form.required", Text.of("conventionForm.kind")));
        }
        CostMethod method = form.costMethod();
        if (method == null) {
            problems.add(Problem.of("costMethod", "form.required", Text.of("conventionForm.costMethod")));
        }
        LocalDate signed = form.signedOn();
        if (signed == null) {
            problems.add(Problem.of("signedOn", "form.required", Text.of("conventionForm.signedOn")));
        }
        Integer years = form.durationYears();
        if (years == null) {
            problems.add(Problem.of("durationYears", "form.required", Text.of("conventionForm.durationYears")));
        } else if (years < 1) {
            problems.add(Problem.of("durationYears", "form.min", Text.of("conventionForm.durationYears"), "1"));
        } else if (years > ConventionTerm.MAX_YEARS) {
            problems.add(Problem.of(
                    "durationYears",
                    "form.max",
                    Text.of("conventionForm.durationYears"),
                    String.valueOf(ConventionTerm.MAX_YEARS)));
        }
        String reference = TypedTexts.optional(
                problems, "deliberationRef", "conventionForm.deliberationRef", form.deliberationRef(), 200);
        String note = TypedTexts.optional(problems, "note", "conventionForm.note", form.note(), 2000);
        LocalDate deliberation = form.deliberationOn();
        if (deliberation != null && signed != null && deliberation.isAfter(signed)) {
            problems.add(Problem.of("deliberationOn", "servicefinance.convention.deliberation.after"));
        }
        List<SubscriptionRow> subscriptions = subscriptions(territoryId, form, current, problems);
        if (collectivity != null
                && signed != null
                && years != null
                && years >= 1
                && years <= ConventionTerm.MAX_YEARS) {
            ConventionTerm term = new ConventionTerm(signed, years);
            for (ConventionRow other : store.ofCollectivity(collectivity)) {
                if (current != null && other.id() == current.id()) {
                    continue;
                }
                ConventionTerm theirs = new ConventionTerm(other.signedOn(), other.durationYears());
                if (term.overlaps(theirs)) {
                    problems.add(Problem.of(
                            "signedOn",
                            "servicefinance.convention.overlap",
                            FRENCH_DATE.format(other.signedOn()),
                            FRENCH_DATE.format(theirs.renewalOn())));
                    break;
                }
            }
        }
        TypedTexts.refuse(problems);
        return new Checked(
                new ConventionValues(
                        Objects.requireNonNull(collectivity),
                        Objects.requireNonNull(kind).name(),
                        Objects.requireNonNull(signed),
                        reference,
                        deliberation,
                        Objects.requireNonNull(years),
                        Objects.requireNonNull(method).name(),
                        note),
                subscriptions);
    }

    /** The subscribed lines, each with its forecast: at least one (no convention without a forecast). */
    private List<SubscriptionRow> subscriptions(
            long territoryId, ConventionForm form, @Nullable ConventionView current, List<Problem> problems) {
        Map<Long, CatalogueServiceView> services = new HashMap<>();
        catalogue.services(territoryId).forEach(s -> services.put(s.id(), s));
        Set<Long> already = new HashSet<>();
        if (current != null) {
            current.subscriptions().forEach(s -> already.add(s.serviceId()));
        }
        List<SubscriptionLine> lines = form.subscriptions() == null ? List.of() : form.subscriptions();
        List<SubscriptionRow> rows = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            SubscriptionLine line = lines.get(i);
            if (line == null || !line.chosen()) {
                continue;
            }
            String at = "subscriptions[" + i + "]";
            Long serviceId = line.serviceId();
            CatalogueServiceView service = serviceId == null ? null : services.get(serviceId);
            if (service == null) {
                problems.add(Problem.of(at + ".serviceId", "servicefinance.convention.service.unknown"));
                continue;
            }
            if (!seen.add(service.id())) {
                problems.add(Problem.of(at + ".serviceId", "servicefinance.convention.service.twice", service.label()));
                continue;
            }
            if (service.retired() && !already.contains(service.id())) {
                problems.add(
                        Problem.of(at + ".serviceId", "servicefinance.convention.service.retired", service.label()));
                continue;
            }
            Text unit = Text.of("servicefinance.unit." + service.unit().name());
            BigDecimal units = line.forecastUnits();
            if (units == null) {
                problems.add(Problem.of(
                        at + ".forecastUnits", "servicefinance.convention.forecast.required", service.label(), unit));
                continue;
            }
            if (units.signum() <= 0) {
                problems.add(Problem.of(
                        at + ".forecastUnits",
                        "servicefinance.convention.forecast.positive",
                        service.label(),
                        units.toPlainString()));
                continue;
            }
            List<Problem> digits = InputLimits.of()
                    .number(at + ".forecastUnits", "subscriptionLine.forecastUnits", units, 14, 2)
                    .problems();
            if (!digits.isEmpty()) {
                problems.addAll(digits);
                continue;
            }
            rows.add(new SubscriptionRow(
                    0,
                    service.id(),
                    service.label(),
                    service.unit().name(),
                    service.retired(),
                    units.setScale(Math.min(2, Math.max(0, units.scale())), java.math.RoundingMode.HALF_UP)));
        }
        if (rows.isEmpty()
                && problems.stream()
                        .noneMatch(p -> p.field() != null && p.field().startsWith("subscriptions["))) {
            problems.add(Problem.of("subscriptions", "servicefinance.convention.forecast.none"));
        }
        return rows;
    }

    private static NotFoundException notFound(long conventionId) {
        return new NotFoundException("servicefinance.convention.notfound", String.valueOf(conventionId));
    }

    private ConventionView view(ConventionRow row) {
        return views(List.of(row), catalogue.reminderDays(row.territoryId())).get(0);
    }

    private List<ConventionView> views(List<ConventionRow> rows, int reminderDays) {
        Map<Long, List<SubscriptionView>> subscriptions = new HashMap<>();
        for (SubscriptionRow s :
                store.subscriptions(rows.stream().map(ConventionRow::id).toList())) {
            subscriptions
                    .computeIfAbsent(s.conventionId(), k -> new ArrayList<>())
                    .add(new SubscriptionView(
                            s.serviceId(),
                            s.serviceLabel(),
                            UnitOfOperation.valueOf(s.unit()),
                            s.retired(),
                            s.forecastUnits()));
        }
        LocalDate today = LocalDate.now(clock);
        return rows.stream()
                .map(r -> {
                    ConventionTerm term = new ConventionTerm(r.signedOn(), r.durationYears());
                    return new ConventionView(
                            r.id(),
                            r.territoryId(),
                            r.collectivityId(),
                            r.collectivityName(),
                            r.collectivityCode(),
                            ConventionKind.valueOf(r.kind()),
                            r.signedOn(),
                            r.deliberationRef(),
                            r.deliberationOn(),
                            r.durationYears(),
                            term.renewalOn(),
                            term.daysToRenewal(today),
                            CostMethod.valueOf(r.costMethod()),
                            r.note(),
                            r.version(),
                            List.copyOf(subscriptions.getOrDefault(r.id(), List.of())),
                            term.dueWithin(today, reminderDays),
                            term.lapsed(today));
                })
                .toList();
    }
}
