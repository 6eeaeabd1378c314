package org.mutualis.servicefinance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicefinance.domain.UnitOfOperation;
import org.mutualis.servicefinance.domain.costs.BudgetUpdate;
import org.mutualis.servicefinance.domain.costs.ChargeCategory;
import org.mutualis.servicefinance.domain.costs.ChargeLine;
import org.mutualis.servicefinance.domain.costs.CommunicationCheck;
import org.mutualis.servicefinance.domain.costs.CommunicationFacts;
import org.mutualis.servicefinance.domain.costs.ServiceUnitCost;
import org.mutualis.servicefinance.domain.costs.UnitCost;
import org.mutualis.servicefinance.domain.costs.UnitCostCommunication;
import org.mutualis.servicefinance.domain.costs.UnitCostEngine;
import org.mutualis.servicefinance.domain.costs.UnitCostRequest;
import org.mutualis.servicefinance.persistence.UnitCostStore;
import org.mutualis.servicefinance.persistence.UnitCostStore.ChargeRow;
import org.mutualis.servicefinance.persistence.UnitCostStore.CommunicationRow;
import org.mutualis.servicefinance.persistence.UnitCostStore.CostValues;
import org.mutualis.servicefinance.persistence.UnitCostStore.UnitCostRow;
import org.mutualis.servicefinance.persistence.UnitCostStore.UpdateRow;
import org.mutualis.shared.error.ConflictException;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.error.InputLimits;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.shared.error.TypedTexts;
import org.mutualis.shared.text.Text;
import org.mutualis.territory.TerritorySummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The services' unit operating costs (CGCT art. D5211-16) and their communication to the
 * collectivités. A unit cost is computed by {@link UnitCostEngine} from the accounts' lines and the
 * budget's updates the administrator types, divided by the forecast units of the conventions in
 * force that year, and stored with its inputs so that it explains itself; an excluded expense, a
 * missing forecast, accounts of a wrong year are refused with the article's text. The EPCI's
 * administrator records them; everyone of the territory but its technicians reads the unit costs
 * (they are public to the members); a correspondent sees only their own collectivité's
 * communications.
 */
@Service
@Transactional(readOnly = true)
public class UnitCosts {

    /** The years a unit cost may be for. */
    public static final int FIRST_YEAR = 1900;

    public static final int LAST_YEAR = 2200;

    /** The most charge lines, or budget updates, one unit cost holds. */
    public static final int MAX_LINES = 300;

    private static final Pattern LINE = Pattern.compile("^(charges|updates)\\[(\\d+)](.*)$");

    private final UnitCostStore store;
    private final ServiceCatalogue catalogue;
    private final Conventions conventions;
    private final FinanceAccess access;
    private final Clock clock;

    UnitCosts(
            UnitCostStore store,
            ServiceCatalogue catalogue,
            Conventions conventions,
            FinanceAccess access,
            Clock clock) {
        this.store = store;
        this.catalogue = catalogue;
        this.conventions = conventions;
        this.access = access;
        this.clock = clock;
    }

    /** The year asked, or this year. @throws RejectedException (400) out of 1900–2200 */
    public int year(@Nullable Integer year) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        if (y < FIRST_YEAR || y > LAST_YEAR) {
            throw new RejectedException(
                    "servicefinance.units.year.range", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
        }
        return y;
    }

    // --- unit costs ---

    /**
     * The territory's services for a year with their unit costs and forecasts, as this person reads
     * them (a correspondent: their own territory's).
     *
     * @throws ForbiddenException for a technician
     * @throws NotFoundException when there is no such territory
     */
    @Transactional
    public UnitCostList list(@Nullable Long territory, @Nullable Integer year, CurrentUser user) {
        TerritorySummary t = access.territory(territory, user);
        int y = year(year);
        Map<Long, UnitCostRow> costs = new HashMap<>();
        store.ofYear(t.id(), y).forEach(r -> costs.put(r.serviceId(), r));
        List<ConventionView> inForce = inForce(t.id(), y);
        List<UnitCostList.Line> lines = new ArrayList<>();
        for (CatalogueServiceView s : catalogue.services(t.id())) {
            UnitCostRow cost = costs.get(s.id());
            if (s.retired() && cost == null) {
                continue;
            }
            ServiceForecast forecast = forecast(s.id(), y, inForce);
            lines.add(new UnitCostList.Line(
                    s,
                    cost == null ? null : cost.id(),
                    cost == null ? null : cost.unitCost(),
                    forecast.total(),
                    forecast.sources().size()));
        }
        return new UnitCostList(t.id(), t.name(), y, lines);
    }

    /**
     * A unit cost with its inputs and computation, for someone of its territory.
     *
     * @throws ForbiddenException for a technician
     * @throws NotFoundException when there is no such unit cost, or it is another territory's
     */
    @Transactional
    public UnitCostView get(long unitCostId, CurrentUser user) {
        access.requireReader(user);
        UnitCostRow row = store.find(unitCostId).orElseThrow(() -> notFound(unitCostId));
        access.requireTerritory(row.territoryId(), user, "servicefinance.units.cost.notfound", unitCostId);
        UnitCostView view = view(row);
        return user.isCorrespondent() ? withForecast(view, seenBy(view.forecastNow(), user)) : view;
    }

    /**
     * A unit cost to change, for the administrator: 403 for anyone else before any lookup.
     *
     * @throws ForbiddenException when this person is not the administrator
     * @throws NotFoundException when there is no such unit cost
     */
    @Transactional
    public UnitCostView forEdit(long unitCostId, CurrentUser user) {
        access.requireAdministrator(user);
        return view(store.find(unitCostId).orElseThrow(() -> notFound(unitCostId)));
    }

    /**
     * The forecast total units of a service for a year, with the conventions it comes from; for
     * someone of its territory.
     *
     * @throws ForbiddenException for a technician
     * @throws NotFoundException when there is no such service, or it is another territory's
     */
    @Transactional
    public ServiceForecast forecast(long serviceId, @Nullable Integer year, CurrentUser user) {
        CatalogueServiceView service = catalogue.service(serviceId, user);
        return seenBy(forecast(service.id(), year(year), inForce(service.territoryId(), year(year))), user);
    }

    /**
     * Computes a service's unit cost for a year and records it with its inputs.
     *
     * @throws ForbiddenException when this person is not the administrator
     * @throws RejectedException (422) with every problem at once: a missing or wrong field (each
     *     line named by its number and account), an excluded category (with the article's text), no
     *     forecast, accounts of a wrong year, a unit cost already recorded for the service and year
     */
    @Transactional
    public UnitCostView create(@Nullable Long territory, UnitCostForm form, CurrentUser user) {
        TerritorySummary t = catalogue.forAdding(territory, user);
        List<Problem> problems = new ArrayList<>();
        CatalogueServiceView service = null;
        Long serviceId = form.serviceId();
        if (serviceId == null) {
            problems.add(Problem.of("serviceId", "form.required", Text.of("unitCostForm.serviceId")));
        } else {
            service = catalogue.services(t.id()).stream()
                    .filter(s -> s.id() == serviceId)
                    .findFirst()
                    .orElse(null);
            if (service == null) {
                problems.add(Problem.of("serviceId", "servicefinance.units.cost.service.unknown"));
            }
        }
        Integer year = checkedYear(problems, "year", "unitCostForm.year", form.year());
        if (service != null && year != null && store.find(service.id(), year).isPresent()) {
            problems.add(Problem.of("year", "servicefinance.units.cost.exists", service.label(), String.valueOf(year)));
        }
        Computed computed = computed(t.id(), service, year, form, problems);
        CatalogueServiceView s = Objects.requireNonNull(service);
        long id = store.insert(t.id(), values(s.id(), computed));
        store.lines(id, computed.charges(), computed.updates());
        return view(store.find(id).orElseThrow());
    }

    /**
     * Computes a recorded unit cost again from new inputs (its service and year stay), with the
     * version read; the forecast is read again from the conventions in force.
     *
     * @throws ForbiddenException when this person is not the administrator
     * @throws NotFoundException when there is no such unit cost
     * @throws RejectedException (422) with every problem at once (see {@link #create})
     * @throws ConflictException when someone changed it since it was read
     */
    @Transactional
    public UnitCostView update(long unitCostId, UnitCostForm form, CurrentUser user) {
        UnitCostView current = forEdit(unitCostId, user);
        CatalogueServiceView service = catalogue.find(current.serviceId());
        List<Problem> problems = new ArrayList<>();
        if (form.version() == null) {
            problems.add(Problem.of("version", "form.required", Text.of("unitCostForm.version")));
        }
        Computed computed = computed(current.territoryId(), service, current.year(), form, problems);
        if (!store.update(unitCostId, values(service.id(), computed), Objects.requireNonNull(form.version()))) {
            throw new ConflictException("servicefinance.units.cost.stale", current.serviceLabel());
        }
        store.lines(unitCostId, computed.charges(), computed.updates());
        return view(store.find(unitCostId).orElseThrow());
    }

    /**
     * The unit costs recorded for a territory's services in a year, as statements bill them; for
     * other services (no access check).
     */
    public List<ServiceUnitCost> rates(long territoryId, int year) {
        return store.ofYear(territoryId, year).stream()
                .map(r -> new ServiceUnitCost(r.serviceCode(), r.costYear(), r.unitCost()))
                .toList();
    }

    /**
     * The forecast as this person reads it: its total, and of the conventions it comes from a
     * correspondent sees their own collectivité's only (the others' conventions are not theirs to read).
     */
    private static ServiceForecast seenBy(ServiceForecast forecast, CurrentUser user) {
        if (!user.isCorrespondent()) {
            return forecast;
        }
        return new ServiceForecast(
                forecast.serviceId(),
                forecast.year(),
                forecast.total(),
                forecast.sources().stream()
                        .filter(s -> user.isOwn(s.collectivityId()))
                        .toList());
    }

    private static UnitCostView withForecast(UnitCostView v, ServiceForecast forecast) {
        return new UnitCostView(
                v.id(),
                v.territoryId(),
                v.serviceId(),
                v.serviceCode(),
                v.serviceLabel(),
                v.unit(),
                v.year(),
                v.accountsYear(),
                v.charges(),
                v.updates(),
                v.computed(),
                v.value(),
                forecast,
                v.forecastChanged(),
                v.computedAt(),
                v.version());
    }

    /** The forecast of a service for a year, for other services (no access check). */
    @Transactional
    public ServiceForecast forecastOf(long serviceId, int year) {
        CatalogueServiceView service = catalogue.find(serviceId);
        return forecast(service.id(), year, inForce(service.territoryId(), year));
    }

    private record Computed(UnitCost cost, List<ChargeRow> charges, List<UpdateRow> updates) {}

    private Computed computed(
            long territoryId,
            @Nullable CatalogueServiceView service,
            @Nullable Integer year,
            UnitCostForm form,
            List<Problem> problems) {
        Integer accountsYear = checkedYear(problems, "accountsYear", "unitCostForm.accountsYear", form.accountsYear());
        List<ChargeLineForm> charges = form.charges() == null ? List.of() : form.charges();
        List<BudgetUpdateForm> updates = form.updates() == null ? List.of() : form.updates();
        if (charges.size() > MAX_LINES || updates.size() > MAX_LINES) {
            problems.add(Problem.of(
                    charges.size() > MAX_LINES ? "charges" : "updates",
                    "servicefinance.units.cost.tooManyLines",
                    String.valueOf(MAX_LINES)));
            TypedTexts.refuse(problems);
        }
        List<ChargeLine> lines = new ArrayList<>();
        List<Integer> lineAt = new ArrayList<>();
        List<String> lineAccount = new ArrayList<>();
        for (int i = 0; i < charges.size(); i++) {
            ChargeLineForm line = charges.get(i);
            if (line == null || line.blank()) {
                continue;
            }
            String at = "charges[" + i + "]";
            String account =
                    TypedTexts.required(problems, at + ".account", "chargeLineForm.account", line.account(), 200);
            if (line.category() == null) {
                problems.add(Problem.of(at + ".category", "form.required", Text.of("chargeLineForm.category")));
            }
            BigDecimal amount = money(problems, at + ".amount", "chargeLineForm.amount", line.amount());
            if (account != null && line.category() != null && amount != null) {
                lines.add(new ChargeLine(line.category(), account, amount));
                lineAt.add(i);
                lineAccount.add(account);
            }
        }
        List<BudgetUpdate> budget = new ArrayList<>();
        List<Integer> updateAt = new ArrayList<>();
        for (int i = 0; i < updates.size(); i++) {
            BudgetUpdateForm update = updates.get(i);
            if (update == null || update.blank()) {
                continue;
            }
            String at = "updates[" + i + "]";
            if (update.category() == null) {
                problems.add(Problem.of(at + ".category", "form.required", Text.of("budgetUpdateForm.category")));
            }
            BigDecimal amount = money(problems, at + ".amount", "budgetUpdateForm.amount", update.amount());
            String reason =
                    TypedTexts.required(problems, at + ".reason", "budgetUpdateForm.reason", update.reason(), 500);
            if (update.category() != null && amount != null && reason != null) {
                budget.add(new BudgetUpdate(update.category(), amount, reason));
                updateAt.add(i);
            }
        }
        UnitCost cost = null;
        if (service != null && year != null && accountsYear != null) {
            ServiceForecast forecast = forecast(service.id(), year, inForce(territoryId, year));
            UnitCostRequest request = new UnitCostRequest(
                    service.code(), unitName(service.unit()), year, accountsYear, lines, budget, forecast.total());
            try {
                cost = UnitCostEngine.compute(request);
            } catch (RejectedException e) {
                for (Problem p : e.problems()) {
                    problems.add(named(p, lineAt, lineAccount, updateAt));
                }
            }
        }
        TypedTexts.refuse(problems);
        UnitCost c = Objects.requireNonNull(cost);
        List<ChargeRow> chargeRows = lines.stream()
                .map(l -> new ChargeRow(0, l.category().name(), l.account(), l.amount()))
                .toList();
        List<UpdateRow> updateRows = budget.stream()
                .map(u -> new UpdateRow(0, u.category().name(), u.amount(), u.reason()))
                .toList();
        return new Computed(c, chargeRows, updateRows);
    }

    /**
     * The engine's problem with the field of the form's line (blank lines are skipped before the
     * engine counts) and, for a charge line, its number and account in the message.
     */
    private static Problem named(Problem p, List<Integer> lineAt, List<String> accounts, List<Integer> updateAt) {
        String field = p.field();
        if (field == null) {
            return p;
        }
        Matcher m = LINE.matcher(field);
        if (!m.matches()) {
            return p;
        }
        int k = Integer.parseInt(m.group(2));
        Text message = new Text(p.code(), p.args());
        if (m.group(1).equals("charges") && k < lineAt.size()) {
            int i = lineAt.get(k);
            return Problem.of(
                    "charges[" + i + "]" + m.group(3),
                    Text.of("servicefinance.units.cost.line", String.valueOf(i + 1), accounts.get(k), message));
        }
        if (m.group(1).equals("updates") && k < updateAt.size()) {
            int i = updateAt.get(k);
            return Problem.of(
                    "updates[" + i + "]" + m.group(3),
                    Text.of("servicefinance.units.cost.updateLine", String.valueOf(i + 1), message));
        }
        return p;
    }

    private static @Nullable BigDecimal money(
            List<Problem> problems, String field, String label, @Nullable BigDecimal amount) {
        if (amount == null) {
            problems.add(Problem.of(field, "form.required", Text.of(label)));
            return null;
        }
        List<Problem> digits =
                InputLimits.of().number(field, label, amount, 14, 2).problems();
        if (!digits.isEmpty()) {
            problems.addAll(digits);
            return null;
        }
        return amount;
    }

    private static @Nullable Integer checkedYear(
            List<Problem> problems, String field, String label, @Nullable Integer year) {
        if (year == null) {
            problems.add(Problem.of(field, "form.required", Text.of(label)));
            return null;
        }
        if (year < FIRST_YEAR) {
            problems.add(Problem.of(field, "form.min", Text.of(label), String.valueOf(FIRST_YEAR)));
            return null;
        }
        if (year > LAST_YEAR) {
            problems.add(Problem.of(field, "form.max", Text.of(label), String.valueOf(LAST_YEAR)));
            return null;
        }
        return year;
    }

    private CostValues values(long serviceId, Computed computed) {
        UnitCost c = computed.cost();
        return new CostValues(
                serviceId,
                c.year(),
                c.accountsYear(),
                c.totalCharges(),
                c.forecastUnits(),
                c.value(),
                LocalDateTime.now(clock));
    }

    /** The unit's name as the formula reads it (« ticket », « heure d’intervention »), in French. */
    private static String unitName(UnitOfOperation unit) {
        return Text.of("servicefinance.unit." + unit.name()).french();
    }

    private UnitCostView view(UnitCostRow row) {
        List<ChargeLine> charges = store.charges(row.id()).stream()
                .map(c -> new ChargeLine(ChargeCategory.valueOf(c.category()), c.account(), c.amount()))
                .toList();
        List<BudgetUpdate> updates = store.updates(row.id()).stream()
                .map(u -> new BudgetUpdate(ChargeCategory.valueOf(u.category()), u.amount(), u.reason()))
                .toList();
        UnitOfOperation unit = UnitOfOperation.valueOf(row.unit());
        // The stored inputs give the stored figure again: the engine explains it, never a copy of its rules.
        UnitCost computed = UnitCostEngine.compute(new UnitCostRequest(
                row.serviceCode(),
                unitName(unit),
                row.costYear(),
                row.accountsYear(),
                charges,
                updates,
                row.forecastUnits()));
        ServiceForecast now = forecast(row.serviceId(), row.costYear(), inForce(row.territoryId(), row.costYear()));
        boolean changed = now.total() == null || now.total().compareTo(row.forecastUnits()) != 0;
        return new UnitCostView(
                row.id(),
                row.territoryId(),
                row.serviceId(),
                row.serviceCode(),
                row.serviceLabel(),
                unit,
                row.costYear(),
                row.accountsYear(),
                charges,
                updates,
                computed,
                row.unitCost(),
                now,
                changed,
                row.computedAt(),
                row.version());
    }

    private List<ConventionView> inForce(long territoryId, int year) {
        return conventions.inYear(territoryId, year);
    }

    private static ServiceForecast forecast(long serviceId, int year, List<ConventionView> inForce) {
        List<ForecastSource> sources = new ArrayList<>();
        BigDecimal total = null;
        for (ConventionView c : inForce) {
            for (SubscriptionView s : c.subscriptions()) {
                if (s.serviceId() == serviceId) {
                    sources.add(new ForecastSource(
                            c.id(),
                            c.collectivityId(),
                            c.collectivityName(),
                            c.signedOn(),
                            c.renewalOn(),
                            s.forecastUnits()));
                    total = total == null ? s.forecastUnits() : total.add(s.forecastUnits());
                }
            }
        }
        return new ServiceForecast(serviceId, year, total, sources);
    }

    private static NotFoundException notFound(long unitCostId) {
        return new NotFoundException("servicefinance.units.cost.notfound", String.valueOf(unitCostId));
    }

    // --- communications ---

    /**
     * The communications of a year's unit costs to the conventions in force that year (a
     * correspondent: their own collectivité's), each with its verdict, the late ones flagged.
     *
     * @throws ForbiddenException for a technician
     * @throws NotFoundException when there is no such territory
     */
    @Transactional
    public CommunicationList communications(@Nullable Long territory, @Nullable Integer year, CurrentUser user) {
        TerritorySummary t = access.territory(territory, user);
        int y = year(year);
        List<ConventionView> shown = inForce(t.id(), y).stream()
                .filter(c -> !user.isCorrespondent() || user.isOwn(c.collectivityId()))
                .toList();
        List<CommunicationView> views = communicationViews(shown, y);
        return new CommunicationList(
                t.id(),
                t.name(),
                y,
                views,
                views.stream().filter(CommunicationView::late).count());
    }

    /**
     * The communication of a year's unit costs to one convention, for its territory's staff and
     * elected officials and its own correspondent.
     *
     * @throws ForbiddenException for a technician
     * @throws NotFoundException when there is no such convention, or this person may not see it
     */
    @Transactional
    public CommunicationView communication(long conventionId, @Nullable Integer year, CurrentUser user) {
        ConventionView convention = conventions.get(conventionId, user);
        return communicationViews(List.of(convention), year(year)).get(0);
    }

    /** The communication of a year's unit costs to one convention, for other services (no access check). */
    @Transactional
    public Optional<CommunicationView> communicationOf(long conventionId, int year) {
        return conventions
                .find(conventionId)
                .map(c -> communicationViews(List.of(c), year).get(0));
    }

    /**
     * Records when a year's unit costs were told to a convention's collectivité and when it adopted
     * its budget, with the version read (none the first time).
     *
     * @throws ForbiddenException when this person is not the administrator
     * @throws NotFoundException when there is no such convention
     * @throws RejectedException (400) for a year out of 1900–2200
     * @throws ConflictException when someone recorded it since it was read
     */
    @Transactional
    public CommunicationView recordCommunication(
            long conventionId, @Nullable Integer year, CommunicationForm form, CurrentUser user) {
        ConventionView convention = conventions.forEdit(conventionId, user);
        int y = year(year);
        boolean recorded = !store.communications(List.of(conventionId), y).isEmpty();
        if (form.version() == null) {
            if (recorded) {
                throw new ConflictException("servicefinance.units.communication.stale", convention.collectivityName());
            }
            store.insertCommunication(conventionId, y, form.communicatedOn(), form.budgetAdoptedOn());
        } else if (!store.updateCommunication(
                conventionId, y, form.communicatedOn(), form.budgetAdoptedOn(), form.version())) {
            throw new ConflictException("servicefinance.units.communication.stale", convention.collectivityName());
        }
        return communicationViews(List.of(convention), y).get(0);
    }

    private List<CommunicationView> communicationViews(List<ConventionView> shown, int year) {
        Map<Long, CommunicationRow> rows = new HashMap<>();
        store.communications(shown.stream().map(ConventionView::id).toList(), year)
                .forEach(r -> rows.put(r.conventionId(), r));
        LocalDate today = LocalDate.now(clock);
        List<CommunicationView> views = new ArrayList<>();
        for (ConventionView c : shown) {
            CommunicationRow row = rows.get(c.id());
            LocalDate communicated = row == null ? null : row.communicatedOn();
            LocalDate adopted = row == null ? null : row.budgetAdoptedOn();
            boolean firstYear = c.signedOn().getYear() == year;
            CommunicationCheck check = UnitCostCommunication.check(
                    new CommunicationFacts(communicated, adopted, c.signedOn(), firstYear), today);
            views.add(new CommunicationView(
                    c.id(),
                    c.collectivityId(),
                    c.collectivityName(),
                    c.collectivityCode(),
                    year,
                    c.signedOn(),
                    firstYear,
                    communicated,
                    adopted,
                    check,
                    check.late(),
                    row == null ? -1 : row.version()));
        }
        return views;
    }
}
