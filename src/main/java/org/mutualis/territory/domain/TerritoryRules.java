package org.mutualis.territory.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.CollectivityKind;
import org.mutualis.shared.text.Text;
import org.mutualis.territory.NewCollectivity;
import org.mutualis.territory.TerritoryException;

/**
 * Checks a territory before it is stored, so that bad files and forms fail with a French message
 * naming the culprit instead of a database constraint error.
 */
public final class TerritoryRules {

    private static final int MAX_NAME = 200;

    private TerritoryRules() {}

    public static void checkEpci(String epciSiren, String name, @Nullable String epciType, int referenceYear) {
        if (!Codes.isSiren(epciSiren)) {
            throw new TerritoryException("territory.epci.siren", epciSiren);
        }
        checkName(name, Text.of("territory.who.epci", epciSiren));
        if (epciType != null && epciType.length() > 10) {
            throw new TerritoryException("territory.epci.type", epciType);
        }
        if (referenceYear < 1900 || referenceYear > 2200) {
            throw new TerritoryException("territory.epci.year", String.valueOf(referenceYear));
        }
    }

    /** Checks the members and returns them with codes cleaned (trimmed, upper case). */
    public static List<NewCollectivity> checkMembers(String epciSiren, List<NewCollectivity> members) {
        if (members.isEmpty()) {
            throw new TerritoryException("territory.members.none");
        }
        List<NewCollectivity> cleaned = new ArrayList<>(members.size());
        Set<String> codes = new HashSet<>();
        Set<String> activeCommunes = new HashSet<>();
        for (NewCollectivity m : members) {
            NewCollectivity c = clean(m);
            checkOne(epciSiren, c);
            if (!codes.add(c.code())) {
                throw new TerritoryException("territory.members.twice", c.code());
            }
            if (c.kind() == CollectivityKind.COMMUNE && c.mergedIntoCode() == null) {
                activeCommunes.add(c.code());
            }
            cleaned.add(c);
        }
        for (NewCollectivity c : cleaned) {
            if (c.mergedIntoCode() != null && !activeCommunes.contains(c.mergedIntoCode())) {
                throw new TerritoryException("territory.members.mergedOutside", c.name(), c.mergedIntoCode());
            }
        }
        return cleaned;
    }

    private static NewCollectivity clean(NewCollectivity m) {
        String siren =
                m.siren() == null || m.siren().isBlank() ? null : m.siren().trim();
        String merged = m.mergedIntoCode() == null ? null : Codes.clean(m.mergedIntoCode());
        return new NewCollectivity(
                Codes.clean(m.code()), siren, m.name().trim(), m.kind(), m.population(), m.populationYear(), merged);
    }

    private static void checkOne(String epciSiren, NewCollectivity c) {
        checkName(c.name(), Text.of("territory.who.collectivity", c.code()));
        String who = " (« " + c.name() + " »)";
        if (c.kind() == CollectivityKind.COMMUNE && !Codes.isInsee(c.code())) {
            throw new TerritoryException("territory.member.insee", c.code(), who);
        }
        if (c.kind() != CollectivityKind.COMMUNE && !Codes.isSiren(c.code())) {
            throw new TerritoryException("territory.member.siren", c.code(), who);
        }
        if (c.kind() == CollectivityKind.EPCI && !c.code().equals(epciSiren)) {
            throw new TerritoryException("territory.member.epci", epciSiren, c.code());
        }
        if (c.siren() != null && !Codes.isSiren(c.siren())) {
            throw new TerritoryException("territory.member.siren", c.siren(), who);
        }
        if (c.population() != null && c.population() < 0) {
            throw new TerritoryException("territory.member.population", who, String.valueOf(c.population()));
        }
        if (c.populationYear() != null && (c.populationYear() < 1800 || c.populationYear() > 2200)) {
            throw new TerritoryException("territory.member.populationYear", String.valueOf(c.populationYear()), who);
        }
        if (c.mergedIntoCode() != null) {
            checkMerged(c, who);
        }
    }

    private static void checkMerged(NewCollectivity c, String who) {
        if (c.kind() != CollectivityKind.COMMUNE) {
            throw new TerritoryException("territory.member.mergedKind", who);
        }
        if (!Codes.isInsee(c.mergedIntoCode()) || c.mergedIntoCode().equals(c.code())) {
            throw new TerritoryException("territory.member.mergedInto", c.mergedIntoCode(), who);
        }
        if (c.population() != null) {
            // Its inhabitants are counted in the chef-lieu: counting them twice would skew the strata.
            throw new TerritoryException("territory.member.mergedPopulation", who);
        }
    }

    private static void checkName(String name, Text who) {
        if (name.isBlank()) {
            throw new TerritoryException("territory.name.missing", who);
        }
        if (name.trim().length() > MAX_NAME) {
            throw new TerritoryException("territory.name.long", who);
        }
    }
}
