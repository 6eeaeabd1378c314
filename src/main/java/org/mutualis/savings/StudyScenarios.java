package org.mutualis.savings;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.mutualis.savings.domain.ItemTheme;
import org.mutualis.savings.domain.ScenarioKind;

/** The 2012 study's four scenarios, with its advantages and drawbacks, as a starting point. */
final class StudyScenarios {

    private StudyScenarios() {}

    static List<ScenarioView> forTerritory(long territoryId, Set<String> everyone) {
        return List.of(
                scenario(
                        territoryId,
                        "GROUPEMENT",
                        "Collaboratif : groupement de commandes",
                        ScenarioKind.PURCHASING_GROUP,
                        "100",
                        "Un seul fournisseur pour tous les membres : l’économie négociée est obtenue en entier.",
                        "Forte optimisation des coûts d’acquisition\nForte optimisation des coûts de licence\n"
                                + "Amélioration des garanties et capacités matériel",
                        "Un seul prestataire pour l’ensemble des communes",
                        Set.of(),
                        everyone),
                scenario(
                        territoryId,
                        "ACCORD_CADRE",
                        "Collaboratif : accord-cadre et marchés subséquents",
                        ScenarioKind.FRAMEWORK_AGREEMENT,
                        "70",
                        "Chaque commune choisit parmi les titulaires : le volume négocié baisse, on retient 70 % de"
                                + " l’économie d’un groupement (hypothèse à ajuster).",
                        "Libre choix du prestataire par chaque commune\n"
                                + "Optimisation des coûts d’acquisition et des coûts de licence",
                        "Baisse de la volumétrie à négocier comparé à un groupement de commandes",
                        Set.of(),
                        everyone),
                scenario(
                        territoryId,
                        "SERVEURS",
                        "Collaboratif : serveurs mutualisés",
                        ScenarioKind.POOLED_SERVERS,
                        "100",
                        "Serveurs et licences achetés une fois pour tous : matériel et logiciels seulement.",
                        "Forte optimisation des coûts d’acquisition\nForte optimisation des coûts de licence\n"
                                + "Mise à jour et maintenance régulière\nSécurisation des systèmes d’information",
                        "Débit internet plus sollicité (fibre optique propriétaire à Morlaix Ville)",
                        Set.of(ItemTheme.HARDWARE, ItemTheme.SOFTWARE),
                        everyone),
                scenario(
                        territoryId,
                        "AUTONOME",
                        "Autonomiste : outils d’appel d’offres partagés",
                        ScenarioKind.AUTONOMOUS,
                        "0",
                        "Chaque collectivité achète seule avec les modèles partagés : pas d’effet volume.",
                        "Autonomie complète sur votre dossier\n"
                                + "Méthodologie d’appels d’offres partagée entre les différentes communes",
                        "Manque de compétence interne sur les nouvelles possibilités en terme de systèmes"
                                + " d’information",
                        Set.of(),
                        everyone));
    }

    private static ScenarioView scenario(
            long territoryId,
            String code,
            String name,
            ScenarioKind kind,
            String retained,
            String assumption,
            String advantages,
            String drawbacks,
            Set<ItemTheme> themes,
            Set<String> participants) {
        return new ScenarioView(
                0,
                territoryId,
                code,
                name,
                kind,
                new BigDecimal(retained),
                assumption,
                advantages,
                drawbacks,
                themes,
                participants,
                0);
    }
}
