package org.mutualis.servicefinance;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mutualis.servicedesk.ServiceCentres;
import org.mutualis.servicefinance.domain.UnitOfOperation;
import org.mutualis.servicefinance.persistence.CatalogueStore;
import org.mutualis.servicefinance.persistence.CatalogueStore.ServiceValues;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a territory's catalogue the first time anyone reads it: the study's services (« Services
 * apportés », « Centre de Services Informatiques Partagés ») with their unit of operation and the
 * service desk category of its centre they map to, and the territory's settings row. From a
 * read-only transaction (PostgreSQL refuses writes in one) the catalogue is opened in a transaction
 * of its own ({@link #openApart}); from a writing one in that transaction ({@link #open}).
 */
@Component
class CatalogueOpening {

    /** A service of the study: code, label, description, unit, the desk category's code (or null), SLA text. */
    record StudyService(
            String code,
            String label,
            String description,
            UnitOfOperation unit,
            @Nullable String category,
            @Nullable String sla) {}

    static final List<StudyService> STUDY = List.of(
            new StudyService(
                    "sauvegarde",
                    "Sauvegarde mutualisée des données",
                    "Sauvegarde des données des collectivités sur le cloud Morlaix Ville – Morlaix Communauté.",
                    UnitOfOperation.GIGABYTE_STORED,
                    "sauvegarde",
                    null),
            new StudyService(
                    "applications-metiers",
                    "Applications métiers hébergées",
                    "Progiciels métiers (finances, gestion de courrier…) hébergés sur les serveurs du binôme.",
                    UnitOfOperation.USER,
                    "metiers",
                    null),
            new StudyService(
                    "serveurs-bureautiques",
                    "Serveurs bureautiques mutualisés",
                    "Partage des serveurs autour des applications bureautiques.",
                    UnitOfOperation.WORKSTATION,
                    null,
                    null),
            new StudyService(
                    "assistance",
                    "Assistance de premier niveau et hotline",
                    "Assistance téléphonique de premier niveau et base de connaissances communes.",
                    UnitOfOperation.TICKET,
                    "poste",
                    "Objectifs du centre de services par priorité"),
            new StudyService(
                    "e-administration",
                    "Support de la plateforme régionale d’e-administration (e-Mégalis)",
                    "Aide téléphonique e-Mégalis pour les services décentralisés.",
                    UnitOfOperation.TICKET,
                    "e-administration",
                    "Objectifs du centre de services par priorité"),
            new StudyService(
                    "site-internet",
                    "Mise à jour du site internet",
                    "Mise à jour des sites internet des collectivités.",
                    UnitOfOperation.INTERVENTION_HOUR,
                    "site-internet",
                    null),
            new StudyService(
                    "support-technique",
                    "Support technique",
                    "Interventions techniques sur les postes, serveurs et réseaux.",
                    UnitOfOperation.INTERVENTION_HOUR,
                    "support",
                    "Objectifs du centre de services par priorité"),
            new StudyService(
                    "formation-relais",
                    "Formation des utilisateurs relais",
                    "Formation assurée par Morlaix Communauté pour les utilisateurs en relais sur les communes.",
                    UnitOfOperation.TRAINING_DAY,
                    "formation",
                    null),
            new StudyService(
                    "aide-decision",
                    "Accompagnement aux méthodes et outils d’aide à la décision",
                    "Accompagnement dans les méthodes et outils d’aide à la décision.",
                    UnitOfOperation.INTERVENTION_HOUR,
                    null,
                    null),
            new StudyService(
                    "extranet",
                    "Services extranet : gestion de courrier et agenda collaboratif",
                    "Messagerie, gestion de courrier et agenda collaboratif en extranet.",
                    UnitOfOperation.USER,
                    "messagerie",
                    null));

    private final CatalogueStore store;
    private final ServiceCentres centres;

    CatalogueOpening(CatalogueStore store, ServiceCentres centres) {
        this.store = store;
        this.centres = centres;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void openApart(long territoryId) {
        open(territoryId);
    }

    public void open(long territoryId) {
        if (store.settings(territoryId).isPresent()) {
            return;
        }
        store.insertSettings(territoryId);
        ServiceCentres.CentreView centre = centres.ofTerritory(territoryId);
        Map<String, Long> categories = centres.categories(centre.id()).stream()
                .collect(Collectors.toMap(ServiceCentres.CategoryView::code, ServiceCentres.CategoryView::id));
        int position = 0;
        for (StudyService s : STUDY) {
            store.insert(
                    territoryId,
                    s.code(),
                    position++,
                    new ServiceValues(
                            s.label(),
                            s.description(),
                            s.unit().name(),
                            s.category() == null ? null : categories.get(s.category()),
                            s.sla(),
                            null));
        }
    }
}
