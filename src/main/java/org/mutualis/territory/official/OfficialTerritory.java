package org.mutualis.territory.official;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mutualis.shared.CollectivityKind;
import org.mutualis.territory.NewCollectivity;

/**
 * An EPCI of the official data turned into the collectivités of a territory: the EPCI
 * administration (code = SIREN, no population), each member commune with its population
 * municipale of {@code year}, then the communes déléguées and associées of the members, as merged
 * communes without population (their inhabitants are counted in the chef-lieu; the strata count
 * only current communes), so that answers filed under their old INSEE code still find a home.
 */
public record OfficialTerritory(OfficialEpci epci, int year, List<NewCollectivity> members) {

    public static OfficialTerritory of(OfficialEpci epci, List<OfficialCommune> communes, int year) {
        Map<String, OfficialCommune> current = new HashMap<>();
        for (OfficialCommune c : communes) {
            if (c.current()) {
                current.put(c.code(), c);
            }
        }
        Map<String, NewCollectivity> members = new LinkedHashMap<>();
        members.put(
                epci.siren(),
                new NewCollectivity(epci.siren(), epci.siren(), epci.name(), CollectivityKind.EPCI, null, null, null));
        for (OfficialEpci.Member m : epci.members()) {
            OfficialCommune c = current.get(m.code());
            // communes.json is the reference for names and populations; epci.json only fills gaps.
            Integer population = c != null && c.population() != null ? c.population() : m.population();
            String siren = c != null && c.siren() != null ? c.siren() : m.siren();
            String name = c != null ? c.name() : m.name();
            members.put(
                    m.code(),
                    new NewCollectivity(
                            m.code(),
                            siren,
                            name,
                            CollectivityKind.COMMUNE,
                            population,
                            population == null ? null : year,
                            null));
        }
        List<NewCollectivity> merged = new ArrayList<>();
        for (OfficialCommune c : communes) {
            if (c.merged() && members.containsKey(c.chefLieu()) && !members.containsKey(c.code())) {
                NewCollectivity old = new NewCollectivity(
                        c.code(), null, c.name(), CollectivityKind.COMMUNE, null, null, c.chefLieu());
                if (merged.stream().noneMatch(o -> o.code().equals(old.code()))) {
                    merged.add(old);
                }
            }
        }
        List<NewCollectivity> all = new ArrayList<>(members.values());
        all.addAll(merged);
        return new OfficialTerritory(epci, year, List.copyOf(all));
    }

    public long communeCount() {
        return epci.members().size();
    }
}
