package org.mutualis.servicedesk;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicedesk.domain.Priority;
import org.mutualis.servicedesk.domain.TargetUnit;
import org.mutualis.servicedesk.persistence.CentreStore;
import org.mutualis.servicedesk.persistence.CentreStore.CategoryRow;
import org.mutualis.servicedesk.persistence.CentreStore.CentreRow;
import org.mutualis.servicedesk.persistence.CentreStore.TargetRow;
import org.mutualis.shared.TerritoryScope;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service centre of each territory and who works for it. A centre is created with the study's
 * defaults (its services as categories, opening hours, SLA targets) the first time anyone opens the
 * service desk of its territory. Its agents are the EPCI's administrator and the technicians added
 * to it; a correspondent belongs to the centre of their collectivité's territory.
 */
@Service
@Transactional(readOnly = true)
public class ServiceCentres {

    /** The centre's opening hours until someone changes them (business calendar text form). */
    public static final String DEFAULT_HOURS = "MON-FRI 08:30-12:00 13:30-17:30";

    /** The study's services (« Centre de Services Informatiques Partagés »), as ticket categories. */
    static final List<String[]> STUDY_CATEGORIES = List.of(
            new String[] {"poste", "Poste de travail et assistance de premier niveau"},
            new String[] {"impression", "Imprimantes et copieurs"},
            new String[] {"reseau", "Réseau, internet et téléphonie"},
            new String[] {"messagerie", "Messagerie et agenda"},
            new String[] {"sauvegarde", "Sauvegarde mutualisée"},
            new String[] {"metiers", "Applications métiers hébergées"},
            new String[] {"e-administration", "Plateforme régionale d’e-administration"},
            new String[] {"site-internet", "Mise à jour du site internet"},
            new String[] {"support", "Support technique"},
            new String[] {"formation", "Formation des utilisateurs relais"});

    public record CentreView(
            long id,
            long territoryId,
            String territoryName,
            String name,
            @Nullable String mailbox,
            String openingHours,
            int warningPercent,
            int version) {}

    public record CategoryView(long id, String code, String label, boolean active) {}

    /** A priority's targets: time to take charge and time to resolve. */
    public record Target(
            Priority priority, int takeCharge, TargetUnit takeChargeUnit, int resolve, TargetUnit resolveUnit) {}

    private final CentreStore store;
    private final Territories territories;
    private final TerritoryScope scope;

    ServiceCentres(CentreStore store, Territories territories, TerritoryScope scope) {
        this.store = store;
        this.territories = territories;
        this.scope = scope;
    }

    /**
     * The centre this person works with: a correspondent's is their territory's; a technician's is
     * the requested one among their centres, or their first; the administrator's, analyst's or
     * elected official's is the requested territory's, or the first territory's. Created with the
     * study's defaults when the territory has none yet.
     *
     * @throws NotFoundException when there is no such territory, or a technician works for no
     *     centre or not for the requested one
     */
    @Transactional
    public CentreView forUser(@Nullable Long requestedTerritory, CurrentUser user) {
        if (user.isTechnician()) {
            return store.ofAgent(user.id()).stream()
                    .filter(c -> requestedTerritory == null || c.territoryId() == requestedTerritory)
                    .findFirst()
                    .map(ServiceCentres::view)
                    .orElseThrow(() -> new NotFoundException("servicedesk.centre.none"));
        }
        return ofTerritory(scope.resolve(requestedTerritory, user).id());
    }

    /** The territory's centre, created with the study's defaults when it has none yet. */
    @Transactional
    public CentreView ofTerritory(long territoryId) {
        Optional<CentreRow> found = store.ofTerritory(territoryId);
        if (found.isPresent()) {
            return view(found.get());
        }
        TerritorySummary territory = territories
                .find(territoryId)
                .orElseThrow(() -> new NotFoundException("scope.territory.notfound.id", String.valueOf(territoryId)));
        long id = store.insert(
                territoryId, "Centre de services informatiques partagés — " + territory.name(), DEFAULT_HOURS);
        int position = 0;
        for (String[] category : STUDY_CATEGORIES) {
            store.insertCategory(id, category[0], category[1], position++);
        }
        for (Target target : defaultTargets().values()) {
            store.putTarget(row(id, target));
        }
        return view(store.find(id).orElseThrow());
    }

    /** @throws NotFoundException when there is no such centre */
    public CentreView find(long centreId) {
        return store.find(centreId)
                .map(ServiceCentres::view)
                .orElseThrow(() -> new NotFoundException("servicedesk.centre.notfound", String.valueOf(centreId)));
    }

    /** Whether this person works the centre's tickets: the administrator, or one of its technicians. */
    public boolean isAgent(CurrentUser user, long centreId) {
        return user.isAdministrator() || (user.isTechnician() && store.isAgent(centreId, user.id()));
    }

    /** @throws ForbiddenException when this person is not one of the centre's agents */
    public void requireAgent(CurrentUser user, long centreId) {
        if (!isAgent(user, centreId)) {
            throw new ForbiddenException("servicedesk.agent.only");
        }
    }

    /**
     * Whether this person may read the centre's tickets of this collectivité: its agents, and the
     * collectivité's own correspondent; nobody else.
     */
    public boolean mayFollow(CurrentUser user, long centreId, long collectivityId) {
        return isAgent(user, centreId) || (user.isCorrespondent() && user.isOwn(collectivityId));
    }

    /** Whether the centre serves this collectivité: it is a member of the centre's territory. */
    public boolean serves(CentreView centre, long collectivityId) {
        return territories
                .collectivity(collectivityId)
                .map(CollectivityView::territoryId)
                .filter(t -> t == centre.territoryId())
                .isPresent();
    }

    /** The centre's technicians (account ids). */
    public List<Long> agents(long centreId) {
        return store.agents(centreId);
    }

    /** @throws ForbiddenException when the one adding is not the administrator */
    @Transactional
    public void addAgent(long centreId, long accountId, CurrentUser by) {
        if (!by.isAdministrator()) {
            throw new ForbiddenException("servicedesk.admin.only");
        }
        find(centreId);
        store.addAgent(centreId, accountId);
    }

    public List<CategoryView> categories(long centreId) {
        return store.categories(centreId).stream().map(ServiceCentres::view).toList();
    }

    /** The centre's targets per priority (the defaults where none is set). */
    public Map<Priority, Target> targets(long centreId) {
        Map<Priority, Target> targets = defaultTargets();
        for (TargetRow row : store.targets(centreId)) {
            Priority priority = Priority.valueOf(row.priority());
            targets.put(
                    priority,
                    new Target(
                            priority,
                            row.takeCharge(),
                            TargetUnit.valueOf(row.takeChargeUnit()),
                            row.resolve(),
                            TargetUnit.valueOf(row.resolveUnit())));
        }
        return targets;
    }

    /** Targets a small territorial desk can hold, from the most to the least pressing. */
    static Map<Priority, Target> defaultTargets() {
        Map<Priority, Target> targets = new EnumMap<>(Priority.class);
        targets.put(
                Priority.MAJOR, new Target(Priority.MAJOR, 1, TargetUnit.BUSINESS_HOURS, 4, TargetUnit.BUSINESS_HOURS));
        targets.put(
                Priority.VERY_HIGH,
                new Target(Priority.VERY_HIGH, 2, TargetUnit.BUSINESS_HOURS, 8, TargetUnit.BUSINESS_HOURS));
        targets.put(
                Priority.HIGH, new Target(Priority.HIGH, 4, TargetUnit.BUSINESS_HOURS, 2, TargetUnit.BUSINESS_DAYS));
        targets.put(
                Priority.MEDIUM,
                new Target(Priority.MEDIUM, 8, TargetUnit.BUSINESS_HOURS, 3, TargetUnit.BUSINESS_DAYS));
        targets.put(Priority.LOW, new Target(Priority.LOW, 2, TargetUnit.BUSINESS_DAYS, 5, TargetUnit.BUSINESS_DAYS));
        targets.put(
                Priority.VERY_LOW,
                new Target(Priority.VERY_LOW, 3, TargetUnit.BUSINESS_DAYS, 10, TargetUnit.BUSINESS_DAYS));
        return targets;
    }

    private static TargetRow row(long centreId, Target target) {
        return new TargetRow(
                centreId,
                target.priority().name(),
                target.takeCharge(),
                target.takeChargeUnit().name(),
                target.resolve(),
                target.resolveUnit().name());
    }

    private static CentreView view(CentreRow row) {
        return new CentreView(
                row.id(),
                row.territoryId(),
                row.territoryName(),
                row.name(),
                row.mailbox(),
                row.openingHours(),
                row.warningPercent(),
                row.version());
    }

    private static CategoryView view(CategoryRow row) {
        return new CategoryView(row.id(), row.code(), row.label(), row.active());
    }
}
