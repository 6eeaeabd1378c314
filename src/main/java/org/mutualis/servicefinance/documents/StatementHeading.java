package org.mutualis.servicefinance.documents;

import java.time.LocalDate;
import java.util.Map;

/**
 * What a statement's document says besides the statement: who makes the service available, the
 * day the statements are drawn up, and the services' and units' names. The same for every
 * collectivité of a territory.
 *
 * @param provider the EPCI (or the commune) making the service available
 * @param serviceLabels the name of each service, by its code (a code without one is shown as is)
 * @param unitLabels the unit of operation of each service, by the service's code (« heure
 *     d’intervention », « poste de travail couvert »)
 */
public record StatementHeading(
        String provider, LocalDate drawnUpOn, Map<String, String> serviceLabels, Map<String, String> unitLabels) {

    public StatementHeading {
        serviceLabels = Map.copyOf(serviceLabels);
        unitLabels = Map.copyOf(unitLabels);
    }

    public String service(String code) {
        return serviceLabels.getOrDefault(code, code);
    }

    public String unit(String serviceCode) {
        return unitLabels.getOrDefault(serviceCode, "");
    }
}
