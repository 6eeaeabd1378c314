package org.mutualis.servicefinance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicefinance.documents.StatementHeading;
import org.mutualis.servicefinance.documents.StatementWords;
import org.mutualis.servicefinance.domain.costs.ServiceUnitCost;
import org.mutualis.servicefinance.domain.sharing.Statement;
import org.mutualis.servicefinance.domain.sharing.StatementEngine;
import org.mutualis.servicefinance.domain.sharing.StatementPeriod;
import org.mutualis.servicefinance.domain.sharing.StatementRequest;
import org.mutualis.servicefinance.domain.sharing.Use;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.shared.text.Text;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.Territories;
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
    private final Clock clock;

    Statements(
            UnitRecords records,
            UnitCosts unitCosts,
            ServiceCatalogue catalogue,
            Territories territories,
            Clock clock) {
        this.records = records;
        this.unitCosts = unitCosts;
        this.catalogue = catalogue;
        this.territories = territories;
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
        CollectivityView c = records.readable(collectivityId, user);
        int y = unitCosts.year(year);
        Statement statement = territory(c.territoryId(), y).stream()
                .filter(s -> s.collectivityCode().equals(c.code()))
                .findFirst()
                .orElseGet(() -> StatementEngine.statement(
                        new StatementRequest(c.code(), c.name(), StatementPeriod.year(y), List.of()),
                        unitCosts.rates(c.territoryId(), y)));
        return new Drawn(statement, heading(c.territoryId()), c.id(), y);
    }

    /** Every statement of the territory's collectivités that used the service in the year, by code (no access check). */
    @Transactional
    public List<Statement> territory(long territoryId, int year) {
        Map<Long, CollectivityView> byId = territories.collectivities(territoryId).stream()
                .collect(Collectors.toMap(CollectivityView::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<Long, List<Use>> uses = records.usesOfTerritory(territoryId, year);
        List<StatementRequest> requests = uses.entrySet().stream()
                .map(e -> {
                    CollectivityView c = byId.get(e.getKey());
                    return new StatementRequest(c.code(), c.name(), StatementPeriod.year(year), e.getValue());
                })
                .sorted(Comparator.comparing(StatementRequest::collectivityCode))
                .toList();
        List<ServiceUnitCost> rates = unitCosts.rates(territoryId, year);
        requireUnitCosts(territoryId, year, uses, rates);
        return StatementEngine.territory(requests, rates);
    }

    /**
     * Refuses, naming only the services, when a service used in the year has no unit cost yet: the
     * engine's own refusal would list every collectivité's uses, which a correspondent must not read.
     */
    private void requireUnitCosts(long territoryId, int year, Map<Long, List<Use>> uses, List<ServiceUnitCost> rates) {
        java.util.Set<String> priced =
                rates.stream().map(ServiceUnitCost::serviceCode).collect(Collectors.toSet());
        java.util.Set<String> missing = uses.values().stream()
                .flatMap(List::stream)
                .map(Use::serviceCode)
                .filter(code -> !priced.contains(code))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        if (missing.isEmpty()) {
            return;
        }
        Map<String, String> labels = catalogue.services(territoryId).stream()
                .collect(Collectors.toMap(CatalogueServiceView::code, CatalogueServiceView::label, (a, b) -> a));
        throw new RejectedException(
                missing.stream()
                        .map(code -> Problem.of(
                                "year",
                                "servicefinance.statement.noUnitCost",
                                labels.getOrDefault(code, code),
                                String.valueOf(year)))
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
