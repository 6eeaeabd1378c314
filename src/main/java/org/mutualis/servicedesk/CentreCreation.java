package org.mutualis.servicedesk;

import java.util.Optional;
import org.mutualis.servicedesk.persistence.CentreStore;
import org.mutualis.servicedesk.persistence.CentreStore.CentreRow;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a territory's centre with the study's defaults. From a page that only reads (a read-only
 * transaction: PostgreSQL refuses any write in it) the centre is opened in a transaction of its
 * own ({@link #createApart}); from a writing one (the demo's loader, whose territory is not
 * committed yet) in that transaction ({@link #create}).
 */
@Component
class CentreCreation {

    private final CentreStore store;

    CentreCreation(CentreStore store) {
        this.store = store;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public long createApart(long territoryId, String name) {
        return create(territoryId, name);
    }

    public long create(long territoryId, String name) {
        Optional<CentreRow> found = store.ofTerritory(territoryId);
        if (found.isPresent()) {
            return found.get().id();
        }
        long id = store.insert(territoryId, name, ServiceCentres.DEFAULT_HOURS);
        int position = 0;
        for (String[] category : ServiceCentres.STUDY_CATEGORIES) {
            store.insertCategory(id, category[0], category[1], position++);
        }
        for (ServiceCentres.Target target : ServiceCentres.defaultTargets().values()) {
            store.putTarget(ServiceCentres.row(id, target));
        }
        return id;
    }
}
