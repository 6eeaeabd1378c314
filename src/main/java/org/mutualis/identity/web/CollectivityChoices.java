package org.mutualis.identity.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mutualis.territory.Territories;
import org.springframework.stereotype.Component;

/** The collectivités a correspondent can be attached to, grouped by territory for a select. */
@Component
class CollectivityChoices {

    record Option(long id, String label) {}

    record Group(String territory, List<Option> options) {}

    private final Territories territories;

    CollectivityChoices(Territories territories) {
        this.territories = territories;
    }

    List<Group> groups() {
        return territories.all().stream()
                .map(t -> new Group(
                        t.name() + " (" + t.referenceYear() + ")",
                        territories.collectivities(t.id()).stream()
                                .map(c -> new Option(c.id(), c.name() + " — " + c.code()))
                                .toList()))
                .toList();
    }

    /** Collectivité names by id, to show a correspondent's scope in the account list. */
    Map<Long, String> names(List<Group> groups) {
        Map<Long, String> names = new HashMap<>();
        groups.forEach(g -> g.options().forEach(o -> names.put(o.id(), o.label())));
        return names;
    }
}
