package org.mutualis.territory.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.CollectivityKind;
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
            throw new TerritoryException("SIREN de l'EPCI « " + epciSiren + " » invalide : 9 chiffres attendus.");
        }
        checkName(name, "l'EPCI " + epciSiren);
        if (epciType != null && epciType.length() > 10) {
            throw new TerritoryException("Type d'EPCI « " + epciType + " » trop long (10 caractères au plus).");
        }
        if (referenceYear < 1900 || referenceYear > 2200) {
            throw new TerritoryException("Année de référence " + referenceYear + " invalide.");
        }
    }

    /** Checks the members and returns them with codes cleaned (trimmed, upper case). */
    public static List<NewCollectivity> checkMembers(String epciSiren, List<NewCollectivity> members) {
        if (members.isEmpty()) {
            throw new TerritoryException("Le territoire doit compter au moins une collectivité.");
        }
        List<NewCollectivity> cleaned = new ArrayList<>(members.size());
        Set<String> codes = new HashSet<>();
        Set<String> activeCommunes = new HashSet<>();
        for (NewCollectivity m : members) {
            NewCollectivity c = clean(m);
            checkOne(epciSiren, c);
            if (!codes.add(c.code())) {
                throw new TerritoryException("Le code « " + c.code() + " » figure deux fois.");
            }
            if (c.kind() == CollectivityKind.COMMUNE && c.mergedIntoCode() == null) {
                activeCommunes.add(c.code());
            }
            cleaned.add(c);
        }
        for (NewCollectivity c : cleaned) {
            if (c.mergedIntoCode() != null && !activeCommunes.contains(c.mergedIntoCode())) {
                throw new TerritoryException("La commune « " + c.name() + " » est déléguée de « " + c.mergedIntoCode()
                        + " », qui n'est pas une commune du territoire.");
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
        checkName(c.name(), "la collectivité " + c.code());
        String who = " (« " + c.name() + " »)";
        if (c.kind() == CollectivityKind.COMMUNE && !Codes.isInsee(c.code())) {
            throw new TerritoryException("Code INSEE « " + c.code() + " » invalide" + who
                    + " : 5 caractères attendus, par exemple 29151 ou 2A004.");
        }
        if (c.kind() != CollectivityKind.COMMUNE && !Codes.isSiren(c.code())) {
            throw new TerritoryException("SIREN « " + c.code() + " » invalide" + who + " : 9 chiffres attendus.");
        }
        if (c.kind() == CollectivityKind.EPCI && !c.code().equals(epciSiren)) {
            throw new TerritoryException(
                    "L'EPCI du territoire a pour SIREN " + epciSiren + ", pas « " + c.code() + " ».");
        }
        if (c.siren() != null && !Codes.isSiren(c.siren())) {
            throw new TerritoryException("SIREN « " + c.siren() + " » invalide" + who + " : 9 chiffres attendus.");
        }
        if (c.population() != null && c.population() < 0) {
            throw new TerritoryException("Population négative" + who + " : " + c.population() + ".");
        }
        if (c.populationYear() != null && (c.populationYear() < 1800 || c.populationYear() > 2200)) {
            throw new TerritoryException("Année de population " + c.populationYear() + " invalide" + who + ".");
        }
        if (c.mergedIntoCode() != null) {
            checkMerged(c, who);
        }
    }

    private static void checkMerged(NewCollectivity c, String who) {
        if (c.kind() != CollectivityKind.COMMUNE) {
            throw new TerritoryException("Seule une commune peut être déléguée" + who + ".");
        }
        if (!Codes.isInsee(c.mergedIntoCode()) || c.mergedIntoCode().equals(c.code())) {
            throw new TerritoryException("Commune de rattachement « " + c.mergedIntoCode() + " » invalide" + who + ".");
        }
        if (c.population() != null) {
            // Its inhabitants are counted in the chef-lieu: counting them twice would skew the strata.
            throw new TerritoryException("Une commune déléguée n'a pas de population propre" + who + ".");
        }
    }

    private static void checkName(String name, String who) {
        if (name.isBlank()) {
            throw new TerritoryException("Nom manquant pour " + who + ".");
        }
        if (name.trim().length() > MAX_NAME) {
            throw new TerritoryException("Nom trop long pour " + who + " (200 caractères au plus).");
        }
    }
}
