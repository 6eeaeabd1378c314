package org.mutualis.servicefinance;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicefinance.documents.StatementHeading;
import org.mutualis.servicefinance.documents.StatementWords;
import org.mutualis.servicefinance.documents.StatementsArchive;
import org.mutualis.servicefinance.domain.costs.Money;
import org.mutualis.servicefinance.domain.costs.ServiceUnitCost;
import org.mutualis.servicefinance.domain.sharing.Statement;
import org.mutualis.servicefinance.domain.sharing.StatementEngine;
import org.mutualis.servicefinance.domain.sharing.StatementPeriod;
import org.mutualis.servicefinance.domain.sharing.StatementRequest;
import org.mutualis.servicefinance.domain.sharing.Use;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.shared.text.Text;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual statements (états annuels des recours au service, CGCT D5211-16): each use of the
 * service a collectivité made in the year, converted into units × the year's unit cost of its
 * service. A collectivité's statement is always drawn with its territory's (StatementEngine's
 * territory mode), so that the statements of a territory add up, to the cent, to each service's
 * unit cost × all the units recorded (largest remainder, docs/servicefinance-rules.md).
 *
 * <p>Who may: like the recorded units — the territory's staff and elected officials, and the
 * collectivité's own correspondent (another collectivité's statement is a 404); technicians never.
 */
@Service
@Transactional(readOnly = true)
public class Statements {

    private final UnitRecords records;
    private final UnitCosts unitCosts;
    private final ServiceCatalogue catalogue;
    private final Territories territories;
    private final FinanceAccess access;
    private final Clock clock;

    Statements(
            UnitRecords records,
            UnitCosts unitCosts,
            ServiceCatalogue catalogue,
            Territories territories,
            FinanceAccess access,
            Clock clock) {
        this.records = records;
        this.unitCosts = unitCosts;
        this.catalogue = catalogue;
        this.territories = territories;
        this.access = access;
        this.clock = clock;
    }

    /** A statement and what its documents say besides it. */
    public record Drawn(Statement statement, StatementHeading heading, long collectivityId, int year) {}

    /**
     * The collectivité's statement for the year (this year by default).
     *
     * @throws org.mutualis.shared.error.ForbiddenException for a technician
     * @throws NotFoundException when there is no such collectivité, or this person may not see it
     * @throws org.mutualis.shared.error.RejectedException when a use's service has no unit cost
     *     for the year (the statement cannot be drawn: the administrator computes it first)
     */
    @Transactional
    public Drawn of(long collectivityId, @Nullable Integer year, CurrentUser user) {
        return of(collectivityId, year, null, null, user);
    }

    /**
     * The collectivité's statement for a period the convention sets (from and to, both days
     * included), or else for the year (this year by default). A period is at most a year (CGCT
     * D5211-16: the reimbursement is made at least once a year); it may straddle two years, each
     * use then priced at its own year's unit cost.
     *
     * @throws org.mutualis.shared.error.ForbiddenException for a technician
     * @throws NotFoundException when there is no such collectivité, or this person may not see it
     * @throws org.mutualis.shared.error.RejectedException when only one end of the period is
     *     given, when it ends before it starts or runs over a year, or when a use's service has
     *     no unit cost for its year
     */
    @Transactional
    public Drawn of(
            long collectivityId,
            @Nullable Integer year,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            CurrentUser user) {
        CollectivityView c = records.readable(collectivityId, user);
        StatementPeriod period = period(year, from, to);
        Statement statement = territory(c.territoryId(), period).stream()
                .filter(s -> s.collectivityCode().equals(c.code()))
                .findFirst()
                .orElseGet(() -> StatementEngine.statement(
                        new StatementRequest(c.code(), c.name(), period, List.of()), List.of()));
        return new Drawn(
                statement, heading(c.territoryId()), c.id(), period.start().getYear());
    }

    /**
     * The territory's statements of the year (this year by default), one row per collectivité: a
     * correspondent reads only their own. When they cannot be drawn yet, the rows are listed with
     * the reason and no figure.
     *
     * @throws org.mutualis.shared.error.ForbiddenException for a technician
     * @throws NotFoundException when there is no such territory
     */
    @Transactional
    public StatementList list(@Nullable Long territory, @Nullable Integer year, CurrentUser user) {
        TerritorySummary t = access.territory(territory, user);
        int y = unitCosts.year(year);
        Map<String, Statement> drawn = new HashMap<>();
        List<Problem> refused = List.of();
        try {
            territory(t.id(), y).forEach(s -> drawn.put(s.collectivityCode(), s));
        } catch (RejectedException e) {
            refused = e.problems();
        }
        List<StatementList.Row> rows = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(Money.MONEY_SCALE);
        for (CollectivityView c : territories.collectivities(t.id())) {
            Statement s = drawn.get(c.code());
            if (s != null) {
                total = total.add(s.total());
            }
            if (!user.isCorrespondent() || user.isOwn(c.id())) {
                rows.add(new StatementList.Row(
                        c.id(),
                        c.code(),
                        c.name(),
                        s == null ? null : s.total(),
                        s == null ? 0 : s.services().size()));
            }
        }
        // those with a statement first, then the others, each by name as a French reader sorts them
        java.text.Collator french = java.text.Collator.getInstance(java.util.Locale.FRANCE);
        rows.sort(Comparator.comparing((StatementList.Row r) -> r.total() == null)
                .thenComparing(StatementList.Row::name, french));
        boolean whole = refused.isEmpty() && !user.isCorrespondent();
        return new StatementList(t.id(), t.name(), y, rows, whole ? total : null, refused);
    }

    /**
     * The territory's statements of the year as one ZIP (a summary workbook and one workbook per
     * collectivité), written into {@code out}: the territory's staff and elected officials only.
     *
     * @return the archive's file name
     * @throws org.mutualis.shared.error.ForbiddenException for a correspondent or a technician
     * @throws org.mutualis.shared.error.RejectedException when the statements cannot be drawn yet
     */
    @Transactional
    public Archive archive(@Nullable Long territory, @Nullable Integer year, CurrentUser user) {
        TerritorySummary t = access.territory(territory, user);
        if (user.isCorrespondent()) {
            throw new ForbiddenException("servicefinance.statements.staffOnly");
        }
        int y = unitCosts.year(year);
        List<Statement> all = territory(t.id(), y);
        StatementHeading heading = heading(t.id());
        String name = "etats-annuels-" + y + "-" + StatementsArchive.safe(t.name()) + ".zip";
        return new Archive(name, out -> StatementsArchive.write(out, all, heading, StatementWords.french()));
    }

    /** A ZIP ready to be streamed: its file name and how to write it. */
    public record Archive(String filename, Writer writer) {}

    /** Writes an archive into a stream left open. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** The period asked for: from–to when both are given, else the calendar year. */
    private StatementPeriod period(@Nullable Integer year, @Nullable LocalDate from, @Nullable LocalDate to) {
        if (from == null && to == null) {
            return StatementPeriod.year(unitCosts.year(year));
        }
        if (from == null || to == null) {
            throw new RejectedException(
                    List.of(Problem.of(from == null ? "from" : "to", "servicefinance.statement.periodHalf")),
                    "servicefinance.statement.refused");
        }
        unitCosts.year(from.getYear());
        unitCosts.year(to.getYear());
        StatementPeriod period = new StatementPeriod(from, to);
        List<Problem> problems = StatementEngine.periodProblems(period, "to");
        if (!problems.isEmpty()) {
            throw new RejectedException(problems, "servicefinance.statement.refused");
        }
        return period;
    }

    /** Every statement of the territory's collectivités that used the service in the year, by code (no access check). */
    @Transactional
    public List<Statement> territory(long territoryId, int year) {
        return territory(territoryId, StatementPeriod.year(year));
    }

    /**
     * Every statement of the territory's collectivités that used the service in a period of at
     * most a year, by code (no access check): the uses of each year it touches, each priced at its
     * year's unit cost; the uses outside the period are left off with their reason.
     */
    private List<Statement> territory(long territoryId, StatementPeriod period) {
        Map<Long, CollectivityView> byId = territories.collectivities(territoryId).stream()
                .collect(Collectors.toMap(CollectivityView::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<Long, List<Use>> uses = new LinkedHashMap<>();
        List<ServiceUnitCost> rates = new ArrayList<>();
        for (int y = period.start().getYear(); y <= period.end().getYear(); y++) {
            records.usesOfTerritory(territoryId, y)
                    .forEach((id, list) ->
                            uses.computeIfAbsent(id, k -> new ArrayList<>()).addAll(list));
            rates.addAll(unitCosts.rates(territoryId, y));
        }
        List<StatementRequest> requests = uses.entrySet().stream()
                .map(e -> {
                    CollectivityView c = byId.get(e.getKey());
                    return new StatementRequest(c.code(), c.name(), period, e.getValue());
                })
                .sorted(Comparator.comparing(StatementRequest::collectivityCode))
                .toList();
        requireUnitCosts(territoryId, period, uses, rates);
        return StatementEngine.territory(requests, rates);
    }

    /**
     * Refuses, naming only the services and years, when a use in the period is of a service with
     * no unit cost for its year yet: the engine's own refusal would list every collectivité's uses,
     * which a correspondent must not read.
     */
    private void requireUnitCosts(
            long territoryId, StatementPeriod period, Map<Long, List<Use>> uses, List<ServiceUnitCost> rates) {
        Set<String> priced =
                rates.stream().map(r -> r.serviceCode() + "/" + r.year()).collect(Collectors.toSet());
        Map<String, Integer> missing = new TreeMap<>();
        uses.values().stream()
                .flatMap(List::stream)
                .filter(use -> period.contains(use.date()))
                .filter(use ->
                        !priced.contains(use.serviceCode() + "/" + use.date().getYear()))
                .forEach(use -> missing.merge(use.serviceCode(), use.date().getYear(), Math::min));
        if (missing.isEmpty()) {
            return;
        }
        Map<String, String> labels = catalogue.services(territoryId).stream()
                .collect(Collectors.toMap(CatalogueServiceView::code, CatalogueServiceView::label, (a, b) -> a));
        throw new RejectedException(
                missing.entrySet().stream()
                        .map(e -> Problem.of(
                                "year",
                                "servicefinance.statement.noUnitCost",
                                labels.getOrDefault(e.getKey(), e.getKey()),
                                String.valueOf(e.getValue())))
                        .toList(),
                "servicefinance.statement.refused");
    }

    /** What the territory's statements say besides their figures: the EPCI, today, the services' and units' names. */
    public StatementHeading heading(long territoryId) {
        String provider = territories
                .find(territoryId)
                .orElseThrow(() -> new NotFoundException("territory.notfound", String.valueOf(territoryId)))
                .name();
        StatementWords words = StatementWords.french();
        Map<String, String> services = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        for (CatalogueServiceView s : catalogue.services(territoryId)) {
            services.put(s.code(), s.label());
            units.put(
                    s.code(),
                    words.text(Text.of("servicefinance.unit." + s.unit().name())));
        }
        return new StatementHeading(provider, LocalDate.now(clock), services, units);
    }
}
