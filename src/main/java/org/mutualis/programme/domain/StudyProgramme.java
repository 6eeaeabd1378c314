package org.mutualis.programme.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.savings.domain.ItemTheme;

/**
 * The study's schéma directeur in four stages, with the actions of its « Récapitulatif de planning
 * de mise en œuvre » 2012–2015: a template any territory instantiates, then edits. The central
 * town is named « ville-centre »: the study's Morlaix Ville.
 */
public final class StudyProgramme {

    public static final String NAME = "Schéma directeur de mutualisation des systèmes d’information";
    public static final int FIRST_YEAR = 2012;
    public static final int LAST_YEAR = 2015;

    /** A stage and its actions. */
    public record StageTemplate(String title, String summary, List<ActionTemplate> actions) {
        public StageTemplate {
            actions = List.copyOf(actions);
        }
    }

    /** An action: its theme (null when it spans themes), its years, what it is and what it gains. */
    public record ActionTemplate(
            String title, @Nullable ItemTheme theme, int firstYear, int lastYear, String description, String gain) {}

    private StudyProgramme() {}

    public static List<StageTemplate> stages() {
        return List.of(
                new StageTemplate(
                        "Étape 1 — Économies sur l’ensemble des communes",
                        "Réduire les coûts des systèmes d’information par le groupement de commandes ou l’accord-cadre,"
                                + " puis améliorer les services (choix des matériels, débits de connexion).",
                        List.of(
                                new ActionTemplate(
                                        "Marché groupé pour l’achat de matériel informatique",
                                        ItemTheme.HARDWARE,
                                        2012,
                                        2012,
                                        "PC fixes, PC portables, vidéoprojecteurs, périphériques.",
                                        "Gain sur le prix d’acquisition du matériel et sur les durées des garanties"
                                                + " constructeurs."),
                                new ActionTemplate(
                                        "Marché groupé pour l’achat de systèmes d’impression",
                                        ItemTheme.PRINTING,
                                        2012,
                                        2013,
                                        "Copieurs multifonctions et imprimantes, associé au binôme EPCI – ville-centre.",
                                        "Gain sur l’acquisition du matériel et sur les coûts copies."),
                                new ActionTemplate(
                                        "Marché groupé pour l’offre de téléphonie",
                                        ItemTheme.TELECOM,
                                        2014,
                                        2015,
                                        "1re phase : les communes non engagées ; 2e phase : intégration des communes en"
                                                + " fin d’échéance de leurs contrats.",
                                        "Gain sur le prix des abonnements et sur les coûts des minutes d’appels voix"
                                                + " (fixes et mobiles)."),
                                new ActionTemplate(
                                        "Nouveau marché pour l’achat de matériel informatique",
                                        ItemTheme.HARDWARE,
                                        2015,
                                        2015,
                                        "Renouvellement du marché groupé de 2012.",
                                        "Gain sur le prix d’acquisition du matériel."))),
                new StageTemplate(
                        "Étape 2 — Économies sur le binôme EPCI – ville-centre",
                        "Une mutualisation déjà engagée (SIG, site internet, plateforme régionale), un progiciel"
                                + " financier identique, les deux seules entités dotées d’un service informatique.",
                        List.of(
                                new ActionTemplate(
                                        "Mutualisation autour du progiciel financier et RH",
                                        ItemTheme.SOFTWARE,
                                        2012,
                                        2012,
                                        "Marché groupé et mise en commun des serveurs.",
                                        "Gain sur les prix d’acquisition de licences, de maintenance, d’assistance et"
                                                + " d’hébergement."),
                                new ActionTemplate(
                                        "Marché groupé du binôme pour le matériel spécifique au cloud",
                                        ItemTheme.HARDWARE,
                                        2013,
                                        2013,
                                        "Serveurs et équipements du cloud commun.",
                                        "Gain sur l’acquisition du matériel."))),
                new StageTemplate(
                        "Étape 3 — Schéma directeur du binôme EPCI – ville-centre",
                        "Structurer une convergence des services informatiques : partage des serveurs, des"
                                + " connaissances, des services web, optimisation des interconnexions.",
                        List.of(
                                new ActionTemplate(
                                        "Engager la démarche de mutualisation",
                                        ItemTheme.SERVICES,
                                        2012,
                                        2012,
                                        "Progiciel financier : serveur unique, contrat de maintenance commun, partage des"
                                                + " compétences, assistance de 1er niveau ; concordance des projets à venir.",
                                        "Une forme de service choisie : service commun, ou deux services et un schéma"
                                                + " directeur commun."),
                                new ActionTemplate(
                                        "Cloud commun EPCI – ville-centre",
                                        ItemTheme.SERVICES,
                                        2013,
                                        2013,
                                        "Suite bureautique, progiciels métiers, sauvegarde, extranet (courrier, agenda"
                                                + " collaboratif), locaux et infrastructure.",
                                        "Des serveurs et des compétences partagés."))),
                new StageTemplate(
                        "Étape 4 — Schéma directeur du centre de services aux communes",
                        "Un centre de services informatiques partagés autour du binôme, sous la forme choisie à"
                                + " l’étape 3.",
                        List.of(
                                new ActionTemplate(
                                        "Démarrage du centre de services informatiques partagés",
                                        ItemTheme.SERVICES,
                                        2014,
                                        2014,
                                        "Sauvegarde, applications métiers hébergées, serveurs bureautiques mutualisés,"
                                                + " assistance de 1er niveau, aide à la décision.",
                                        "Des services aux communes financés par abonnement et par les économies des"
                                                + " étapes 1 à 3."),
                                new ActionTemplate(
                                        "Groupes de travail pour développer le centre de services",
                                        ItemTheme.SERVICES,
                                        2015,
                                        2015,
                                        "Nouvelles fonctionnalités, attentes pour les marchés renouvelés, optimisation des"
                                                + " interconnexions.",
                                        "Un service qui suit les attentes des communes."))));
    }
}
