package org.mutualis.inventory;

import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.shared.TerritoryScope;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what in the inventory, said once: the EPCI's administrator enrols agents and
 * imports; a collectivité's correspondent reads their own devices and imports their own exports;
 * analysts and elected officials read the territory's; a technician nothing.
 */
@Component
class InventoryAccess {

    private final TerritoryScope scope;
    private final Territories territories;

    InventoryAccess(TerritoryScope scope, Territories territories) {
        this.scope = scope;
        this.territories = territories;
    }

    /** @throws ForbiddenException for a technician of the service centre */
    void requireReader(CurrentUser user) {
        if (user.isTechnician()) {
            throw new ForbiddenException("inventory.readers.only");
        }
    }

    /** @throws ForbiddenException for anyone but the EPCI's administrator */
    void requireAdministrator(CurrentUser user) {
        if (!user.isAdministrator()) {
            throw new ForbiddenException("inventory.admin.only");
        }
    }

    /** The territory this person reads: a correspondent's own; for the others the requested one, or the first. */
    TerritorySummary territory(@Nullable Long requested, CurrentUser user) {
        requireReader(user);
        return scope.resolve(requested, user);
    }

    /**
     * A collectivité whose devices this person reads: its territory's staff and elected officials,
     * and its own correspondent.
     *
     * @throws NotFoundException for an unknown collectivité or one the reader may not see
     * @throws ForbiddenException for a technician
     */
    CollectivityView readable(long collectivityId, CurrentUser user) {
        requireReader(user);
        CollectivityView c = territories
                .collectivity(collectivityId)
                .orElseThrow(() -> new NotFoundException("inventory.collectivity.notFound", collectivityId));
        if (!scope.readable(c.territoryId(), user) || (user.isCorrespondent() && !user.isOwn(c.id()))) {
            throw new NotFoundException("inventory.collectivity.notFound", collectivityId);
        }
        return c;
    }

    /**
     * A collectivité whose exports this person imports: the administrator, and its own correspondent.
     *
     * @throws ForbiddenException for an analyst or an elected official
     */
    CollectivityView importable(long collectivityId, CurrentUser user) {
        CollectivityView c = readable(collectivityId, user);
        if (!user.isAdministrator() && !(user.isCorrespondent() && user.isOwn(c.id()))) {
            throw new ForbiddenException("inventory.import.forbidden");
        }
        return c;
    }

    /** A collectivité whose agents this person enrols: the administrator only. */
    CollectivityView enrollable(long collectivityId, CurrentUser user) {
        requireAdministrator(user);
        return readable(collectivityId, user);
    }
}
