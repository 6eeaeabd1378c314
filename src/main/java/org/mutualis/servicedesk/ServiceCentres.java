package org.mutualis.servicedesk;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicedesk.domain.Priority;
import org.mutualis.servicedesk.domain.TargetUnit;
import org.mutualis.servicedesk.persistence.CentreStore;
import org.mutualis.servicedesk.persistence.CentreStore.CategoryRow;
import org.mutualis.servicedesk.persistence.CentreStore.CentreRow;
import org.mutualis.servicedesk.persistence.CentreStore.TargetRow;
import org.mutualis.shared.TerritoryScope;
import org.mutualis.shared.error.ConflictException;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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

    public record ClosureView(long id, LocalDate firstDay, LocalDate lastDay, String label) {}

    /** A technician of the centre (or one who could be added to it). */
    public record AgentView(long accountId, String username, String displayName) {}

    /** A priority's targets: time to take charge and time to resolve. */
    public record Target(
            Priority priority, int takeCharge, TargetUnit takeChargeUnit, int resolve, TargetUnit resolveUnit) {}

    private final CentreStore store;
    private final Territories territories;
    private final TerritoryScope scope;
    private final Accounts accounts;
    private final CentreCreation creation;

    ServiceCentres(
            CentreStore store,
            Territories territories,
            TerritoryScope scope,
            Accounts accounts,
            CentreCreation creation) {
        this.creation = creation;
        this.store = store;
        this.territories = territories;
        this.scope = scope;
        this.accounts = accounts;
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
        String name = "Centre de services informatiques partagés — " + territory.name();
        long id;
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            try {
                id = creation.createApart(territoryId, name);
            } catch (DuplicateKeyException e) {
                // Someone else opened it at the same moment: theirs is the centre.
                id = store.ofTerritory(territoryId).orElseThrow().id();
            }
        } else {
            id = creation.create(territoryId, name);
        }
        return view(store.find(id).orElseThrow());
    }

    /** @throws NotFoundException when there is no such centre */
    public CentreView find(long centreId) {
        return store.find(centreId)
                .map(ServiceCentres::view)
                .orElseThrow(() -> new NotFoundException("servicedesk.centre.notfound", String.valueOf(centreId)));
    }

    /**
     * The centre, for someone of its territory: its agents, the EPCI's staff and elected officials,
     * the correspondents of its territory.
     *
     * @throws NotFoundException when there is no such centre, or it is not this person's
     */
    public CentreView readable(long centreId, CurrentUser user) {
        CentreView centre = find(centreId);
        boolean may =
                user.isTechnician() ? store.isAgent(centreId, user.id()) : scope.readable(centre.territoryId(), user);
        if (!may) {
            throw new NotFoundException("servicedesk.centre.notfound", String.valueOf(centreId));
        }
        return centre;
    }

    /** The centre as its territory reads it (see {@link #readable}). */
    public CentreDocument document(long centreId, CurrentUser user) {
        CentreView centre = readable(centreId, user);
        return new CentreDocument(
                centre,
                categories(centreId),
                closures(centreId),
                List.copyOf(targets(centreId).values()));
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

    /** How many collectivités the centre serves (its territory's). */
    public int memberCount(CentreView centre) {
        return store.memberCount(centre.territoryId());
    }

    /** The centre's technicians (account ids). */
    public List<Long> agents(long centreId) {
        return store.agents(centreId);
    }

    /**
     * @throws ForbiddenException when the one adding is not the administrator
     * @throws RejectedException when the account is not a technician's
     */
    @Transactional
    public void addAgent(long centreId, long accountId, CurrentUser by) {
        requireAdministrator(by);
        find(centreId);
        if (technicians().stream().noneMatch(a -> a.accountId() == accountId)) {
            throw new RejectedException("servicedesk.centre.agent.notTechnician", String.valueOf(accountId));
        }
        store.addAgent(centreId, accountId);
    }

    /** @throws ForbiddenException when the one removing is not the administrator */
    @Transactional
    public void removeAgent(long centreId, long accountId, CurrentUser by) {
        requireAdministrator(by);
        find(centreId);
        store.removeAgent(centreId, accountId);
    }

    /** Every technician account, whichever centre they work for. */
    public List<AgentView> technicians() {
        return accounts.all().stream()
                .filter(CurrentUser::isTechnician)
                .map(u -> new AgentView(u.id(), u.username(), u.displayName()))
                .toList();
    }

    /** The centre's technicians, for its agents and its administrator. */
    public List<AgentView> agentsOf(long centreId) {
        List<Long> ids = store.agents(centreId);
        return technicians().stream().filter(a -> ids.contains(a.accountId())).toList();
    }

    /**
     * @throws ForbiddenException when the one changing is not the administrator
     * @throws RejectedException when the opening hours cannot be read
     * @throws ConflictException when someone changed the settings since they were read
     */
    @Transactional
    public CentreView update(long centreId, CentreForm form, int version, CurrentUser by) {
        requireAdministrator(by);
        find(centreId);
        String hours = OpeningHoursText.checked(form.openingHours());
        String mailbox = form.mailbox() == null || form.mailbox().isBlank()
                ? null
                : form.mailbox().strip();
        if (!store.update(centreId, form.name().strip(), mailbox, hours, form.warningPercent(), version)) {
            throw new ConflictException("servicedesk.centre.stale");
        }
        return find(centreId);
    }

    public List<ClosureView> closures(long centreId) {
        return store.closures(centreId).stream()
                .map(c -> new ClosureView(c.id(), c.firstDay(), c.lastDay(), c.label()))
                .toList();
    }

    /**
     * @throws ForbiddenException when the one adding is not the administrator
     * @throws RejectedException when the last day comes before the first
     */
    @Transactional
    public void addClosure(long centreId, ClosureForm form, CurrentUser by) {
        requireAdministrator(by);
        find(centreId);
        if (form.lastDay().isBefore(form.firstDay())) {
            throw new RejectedException(
                    List.of(Problem.of("lastDay", "servicedesk.centre.closure.order")),
                    "servicedesk.centre.closure.order");
        }
        store.insertClosure(
                centreId, form.firstDay(), form.lastDay(), form.label().strip());
    }

    /** @throws NotFoundException when the centre has no such closure */
    public ClosureView closure(long centreId, long closureId) {
        return closures(centreId).stream()
                .filter(c -> c.id() == closureId)
                .findFirst()
                .orElseThrow(
                        () -> new NotFoundException("servicedesk.centre.closure.notfound", String.valueOf(closureId)));
    }

    /** @throws NotFoundException when the centre has no such closure */
    @Transactional
    public void deleteClosure(long centreId, long closureId, CurrentUser by) {
        requireAdministrator(by);
        closure(centreId, closureId);
        store.deleteClosure(centreId, closureId);
    }

    /**
     * @throws ForbiddenException when the one changing is not the administrator
     * @throws RejectedException when resolving would be due before taking charge
     */
    @Transactional
    public void putTarget(long centreId, Priority priority, TargetForm form, CurrentUser by) {
        requireAdministrator(by);
        find(centreId);
        if (form.takeChargeUnit() == form.resolveUnit() && form.resolve() < form.takeCharge()) {
            throw new RejectedException(
                    List.of(Problem.of("resolve", "servicedesk.centre.target.order")),
                    "servicedesk.centre.target.order");
        }
        if (form.takeChargeUnit() == TargetUnit.BUSINESS_DAYS && form.resolveUnit() == TargetUnit.BUSINESS_HOURS) {
            throw new RejectedException(
                    List.of(Problem.of("resolveUnit", "servicedesk.centre.target.order")),
                    "servicedesk.centre.target.order");
        }
        store.putTarget(new TargetRow(
                centreId,
                priority.name(),
                form.takeCharge(),
                form.takeChargeUnit().name(),
                form.resolve(),
                form.resolveUnit().name()));
    }

    /** @throws ForbiddenException when the one adding is not the administrator */
    @Transactional
    public void addCategory(long centreId, CategoryForm form, CurrentUser by) {
        requireAdministrator(by);
        find(centreId);
        List<CategoryRow> existing = store.categories(centreId);
        String label = form.label().strip();
        if (existing.stream().anyMatch(c -> c.label().equalsIgnoreCase(label))) {
            throw new RejectedException(
                    List.of(Problem.of("label", "servicedesk.centre.category.twice", label)),
                    "servicedesk.centre.category.twice",
                    label);
        }
        String code = "c" + (existing.size() + 1) + "-"
                + Math.abs(label.toLowerCase(java.util.Locale.ROOT).hashCode());
        store.insertCategory(centreId, code, label, existing.size());
    }

    private static void requireAdministrator(CurrentUser by) {
        if (!by.isAdministrator()) {
            throw new ForbiddenException("servicedesk.admin.only");
        }
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

    static TargetRow row(long centreId, Target target) {
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
