package org.mutualis.procurement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.procurement.domain.Milestones;
import org.mutualis.procurement.domain.Procurement;
import org.mutualis.procurement.domain.ProcurementException;
import org.mutualis.procurement.domain.ProcurementRules;
import org.mutualis.procurement.domain.Violation;
import org.mutualis.procurement.persistence.ProcurementStore;
import org.mutualis.shared.Clocks;
import org.mutualis.shared.TerritoryScope;
import org.mutualis.shared.error.ConflictException;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Group procurements: the EPCI's staff create, change and delete them; elected officials read
 * them all; a correspondent reads only those its collectivité takes part in. Every save is judged
 * by the rules of the Code de la commande publique with the thresholds of the database, and a
 * refused procurement leaves nothing saved.
 */
@Service
@Transactional(readOnly = true)
public class Procurements {

    private final ProcurementStore store;
    private final ProcurementThresholds thresholds;
    private final TerritoryScope scope;
    private final Territories territories;
    private final ContractEnds contractEnds;
    private final Clock clock;

    Procurements(
            ProcurementStore store,
            ProcurementThresholds thresholds,
            TerritoryScope scope,
            Territories territories,
            ContractEnds contractEnds,
            Clock clock) {
        this.store = store;
        this.thresholds = thresholds;
        this.scope = scope;
        this.territories = territories;
        this.contractEnds = contractEnds;
        this.clock = clock;
    }

    /** The procurements of a territory whose subject contains {@code query} (any case), by start date. */
    public ProcurementList list(@Nullable Long territoryId, @Nullable String query, CurrentUser user) {
        TerritorySummary territory = scope.resolve(territoryId, user);
        String needle = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        List<ProcurementView> visible = store.ofTerritory(territory.id()).stream()
                .filter(p -> canRead(p, user))
                .filter(p ->
                        needle.isEmpty() || p.subject().toLowerCase(Locale.ROOT).contains(needle))
                .toList();
        return new ProcurementList(territory, visible);
    }

    /** @throws NotFoundException when it does not exist or this user may not see it */
    public ProcurementDetail get(long id, CurrentUser user) {
        ProcurementView view = visible(id, user);
        return ProcurementDetails.of(view, thresholds.current(), today());
    }

    /**
     * Service to service, without a reader: the procurement, whoever asks. The caller decides what
     * its reader may see of it (the assessment's publication to non-member communes).
     */
    public java.util.Optional<ProcurementView> find(long id) {
        return store.find(id);
    }

    /** Service to service, without a reader: every procurement of the territory, by start date. */
    public List<ProcurementView> ofTerritory(long territoryId) {
        return store.ofTerritory(territoryId);
    }

    /** The stored procurement, to edit it. Staff only. */
    public ProcurementView forEdit(long id, CurrentUser user) {
        requireStaff(user);
        return visible(id, user);
    }

    /**
     * @throws ProcurementException with every reason, in French; nothing is saved
     * @throws AccessDeniedException unless the user is staff
     */
    @Transactional
    public ProcurementView create(ProcurementForm form, CurrentUser user) {
        requireStaff(user);
        TerritorySummary territory = territories
                .find(form.territoryId())
                .orElseThrow(
                        () -> new NotFoundException("scope.territory.notfound.id", String.valueOf(form.territoryId())));
        ProcurementForm checked = checked(form, territory.id());
        long id = store.insert(checked);
        return store.find(id).orElseThrow();
    }

    /**
     * @throws ConflictException when the procurement changed since {@code expectedVersion}
     *     was read; nothing is overwritten
     */
    @Transactional
    public ProcurementView update(long id, ProcurementForm form, long expectedVersion, CurrentUser user) {
        requireStaff(user);
        ProcurementView current = visible(id, user);
        if (current.version() != expectedVersion) {
            throw conflict(current);
        }
        ProcurementForm checked = checked(form, current.territoryId());
        if (!store.update(id, expectedVersion, checked)) {
            throw conflict(current);
        }
        return store.find(id).orElseThrow();
    }

    @Transactional
    public void delete(long id, CurrentUser user) {
        requireStaff(user);
        visible(id, user);
        store.delete(id);
    }

    /** Members' current contract ends from the census, for the form's suggestions. */
    public Map<String, ContractEndSuggestion> contractEndSuggestions(
            long territoryId, @Nullable String theme, CurrentUser user) {
        requireStaff(user);
        return contractEnds.suggestions(territoryId, theme);
    }

    /** The collectivités a procurement of this territory may take in. */
    public List<CollectivityView> collectivities(long territoryId) {
        return territories.collectivities(territoryId);
    }

    /** Every visible procurement of the territory on a timeline. */
    public ProcurementCalendarView calendar(@Nullable Long territoryId, CurrentUser user) {
        ProcurementList list = list(territoryId, null, user);
        List<CalendarEntry> entries = new ArrayList<>();
        for (ProcurementView p : list.procurements()) {
            entries.add(CalendarEntries.of(p));
        }
        entries.sort(CalendarEntries.ORDER);
        Integer from = entries.stream()
                .filter(e -> e.from() != null)
                .map(e -> e.from().getYear())
                .min(Integer::compare)
                .orElse(null);
        Integer to = entries.stream()
                .filter(e -> e.to() != null)
                .map(e -> CalendarEntries.lastDate(e).getYear())
                .max(Integer::compare)
                .orElse(null);
        return new ProcurementCalendarView(list.territory(), from, to, entries);
    }

    /** Whether this user may change procurements. */
    public boolean canEdit(CurrentUser user) {
        return user.isStaff();
    }

    private ProcurementForm checked(ProcurementForm form, long territoryId) {
        Map<Long, CollectivityView> collectivities = territories.collectivities(territoryId).stream()
                .collect(Collectors.toMap(CollectivityView::id, Function.identity()));
        ProcurementForm normalized = ProcurementInput.normalized(withTerritory(form, territoryId));
        List<Violation> input = ProcurementInput.check(normalized, collectivities);
        if (!input.isEmpty()) {
            throw new ProcurementException(input);
        }
        ProcurementForm filled = withCensusContractEnds(normalized, collectivities);
        Procurement procurement = ProcurementInput.toCore(filled, collectivities);
        List<Violation> violations = new ProcurementRules(thresholds.current()).check(procurement, today());
        if (!violations.isEmpty()) {
            throw new ProcurementException(violations);
        }
        return filled;
    }

    private ProcurementForm withCensusContractEnds(ProcurementForm form, Map<Long, CollectivityView> collectivities) {
        if (form.memberLines().stream().allMatch(m -> m.contractEndsOn() != null)) {
            return form;
        }
        // The contracts as they stood when the procurement was published (or starts).
        Milestones dates = form.dates();
        LocalDate asOf = dates.publicationOn() != null ? dates.publicationOn() : dates.startOn();
        Map<String, ContractEndSuggestion> census = contractEnds.suggestions(form.territoryId(), form.theme(), asOf);
        return form.withMembers(form.memberLines().stream()
                .map(m -> {
                    ContractEndSuggestion s =
                            census.get(collectivities.get(m.collectivityId()).code());
                    return m.contractEndsOn() != null || s == null
                            ? m
                            : new ProcurementForm.MemberLine(
                                    m.collectivityId(), s.contractEndsOn(), m.joinedOn(), m.deliberationOn());
                })
                .toList());
    }

    private static ProcurementForm withTerritory(ProcurementForm f, long territoryId) {
        if (f.territoryId() == territoryId) {
            return f;
        }
        return new ProcurementForm(
                territoryId,
                f.subject(),
                f.theme(),
                f.thresholdKind(),
                f.procedureKind(),
                f.coordinatorId(),
                f.conventionSignedOn(),
                f.permanentGroup(),
                f.multiHolder(),
                f.maximumAmountHt(),
                f.durationMonths(),
                f.executionMode(),
                f.centralBody(),
                f.awardProcedure(),
                f.milestones(),
                f.lots(),
                f.members());
    }

    private ProcurementView visible(long id, CurrentUser user) {
        return store.find(id)
                .filter(p -> canRead(p, user))
                .orElseThrow(() -> new NotFoundException("procurement.notfound"));
    }

    private static boolean canRead(ProcurementView p, CurrentUser user) {
        return user.seesEveryCollectivity() || user.collectivityIds().stream().anyMatch(p::hasMember);
    }

    private static void requireStaff(CurrentUser user) {
        if (!user.isStaff()) {
            throw new AccessDeniedException(
                    "Seuls l’administrateur et les analystes de l’EPCI modifient les marchés groupés.");
        }
    }

    private static ConflictException conflict(ProcurementView current) {
        return new ConflictException("procurement.conflict", current.subject());
    }

    /** Today in Paris, whatever the zone of the server or of a test's clock. */
    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Clocks.ZONE);
    }
}
