package org.mutualis.servicefinance;

import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.shared.TerritoryScope;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.territory.TerritorySummary;
import org.springframework.stereotype.Component;

/**
 * Who may read and change the service's money side, said once: the EPCI's administrator manages
 * (catalogue, conventions, unit costs and their communications, manual units); analysts, elected
 * officials and correspondents read (a correspondent, their territory only — its unit costs are
 * public to the members — and of its conventions and recorded units their own collectivité's); a
 * technician nothing.
 */
@Component
class FinanceAccess {

    private final TerritoryScope scope;

    FinanceAccess(TerritoryScope scope) {
        this.scope = scope;
    }

    /** @throws ForbiddenException for a technician of the service centre */
    void requireReader(CurrentUser user) {
        if (user.isTechnician()) {
            throw new ForbiddenException("servicefinance.readers.only");
        }
    }

    /**
     * What the territory shows as a whole (the alternatives compared, the subscription's size
     * classes): the EPCI's staff and elected officials; a correspondent sees their own collectivité's
     * figures elsewhere (its statement), not every collectivité's.
     *
     * @throws ForbiddenException for a correspondent or a technician
     */
    void requireTerritoryWide(CurrentUser user) {
        requireReader(user);
        if (user.isCorrespondent()) {
            throw new ForbiddenException("servicefinance.alternatives.territoryWide");
        }
    }

    /** @throws ForbiddenException for anyone but the EPCI's administrator */
    void requireAdministrator(CurrentUser user) {
        if (!user.isAdministrator()) {
            throw new ForbiddenException("servicefinance.admin.only");
        }
    }

    /**
     * The territory this person reads: a correspondent's own, whatever is asked; for the others the
     * requested one, or the first.
     *
     * @throws ForbiddenException for a technician
     * @throws NotFoundException when there is no such territory
     */
    TerritorySummary territory(@Nullable Long requested, CurrentUser user) {
        requireReader(user);
        return scope.resolve(requested, user);
    }

    /** @throws NotFoundException when this reader may not see the territory's catalogue */
    void requireTerritory(long territoryId, CurrentUser user, String code, long id) {
        requireReader(user);
        if (!scope.readable(territoryId, user)) {
            throw new NotFoundException(code, String.valueOf(id));
        }
    }

    /**
     * One collectivité's own figures (its convention's communication, its recorded units): the
     * territory's staff and elected officials, and its own correspondent.
     *
     * @throws ForbiddenException for a technician
     * @throws NotFoundException for a correspondent of another collectivité, or of another territory
     */
    void requireCollectivity(long territoryId, long collectivityId, CurrentUser user, String code, long id) {
        requireTerritory(territoryId, user, code, id);
        if (user.isCorrespondent() && !user.isOwn(collectivityId)) {
            throw new NotFoundException(code, String.valueOf(id));
        }
    }
}
