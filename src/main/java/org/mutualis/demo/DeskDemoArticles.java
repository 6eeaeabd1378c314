package org.mutualis.demo;

import java.util.List;

/**
 * The demo's twenty knowledge-base articles: {category code, title, Markdown body} and, for the
 * agents' own notes, a fourth element. Invented for the demo, written as a small territorial desk
 * would write them.
 */
final class DeskDemoArticles {

    private DeskDemoArticles() {}

    static final List<String[]> ALL = List.of(
            a(
                    "impression",
                    "L’imprimante affiche « Bourrage papier » alors qu’il n’y a pas de papier coincé",
                    "1. Éteignez l’imprimante et débranchez-la une minute.\n2. Ouvrez **tous** les capots, y compris"
                            + " celui du bac recto-verso, et retirez les petits morceaux de papier.\n3. Rallumez.\n\n"
                            + "Si le message revient, ouvrez une demande en précisant le modèle (étiquette à l’arrière)."),
            a(
                    "impression",
                    "Imprimer en recto-verso par défaut sur les copieurs mutualisés",
                    "Dans **Panneau de configuration › Périphériques et imprimantes**, clic droit sur le copieur,"
                            + " *Options d’impression*, onglet **Finition** : cochez *Recto verso*. Le réglage vaut pour"
                            + " tous les logiciels de votre poste."),
            a(
                    "impression",
                    "Le scanner du copieur n’envoie plus les documents par courriel",
                    "Le copieur envoie par le serveur de messagerie du centre. Si le mot de passe de la boîte"
                            + " *scanner* a changé, le centre doit le reporter dans le copieur : ouvrez une demande"
                            + " « Imprimantes et copieurs » avec le numéro du copieur."),
            a(
                    "messagerie",
                    "Configurer sa messagerie sur un téléphone",
                    "- Serveur : `mail.morlaix-communaute.example`\n- Identifiant : votre adresse complète\n"
                            + "- Sécurité : SSL/TLS, port 993 (réception) et 465 (envoi)\n\nL’agenda partagé se"
                            + " synchronise avec le même compte."),
            a(
                    "messagerie",
                    "Ma boîte aux lettres est pleine",
                    "Videz la corbeille et le dossier *Éléments envoyés*, puis archivez les messages de plus de"
                            + " deux ans (**Fichier › Archiver**). La limite est de 5 Go par boîte."),
            a(
                    "messagerie",
                    "Partager l’agenda de la mairie avec les élus",
                    "Dans l’agenda, **Partager › Ajouter** puis choisissez *Lecture seule* pour les élus et"
                            + " *Modification* pour le secrétariat."),
            a(
                    "reseau",
                    "Internet est lent à la mairie",
                    "1. Redémarrez la box (débranchez-la 30 secondes).\n2. Testez le débit sur un poste branché"
                            + " par câble.\n3. Si le débit est sous 2 Mbit/s, ouvrez une demande « Réseau » avec le"
                            + " résultat du test : le centre contacte l’opérateur du marché groupé."),
            a(
                    "reseau",
                    "Se connecter au wifi de la salle des fêtes",
                    "Le réseau *Mairie-Public* est ouvert au public, isolé du réseau des agents. Le code est"
                            + " affiché à l’accueil et change chaque trimestre."),
            a(
                    "poste",
                    "Mot de passe oublié ou compte verrouillé",
                    "Après cinq erreurs, le compte se verrouille 15 minutes. Passé ce délai, si le mot de"
                            + " passe est vraiment oublié, appelez le centre : il le réinitialise après avoir vérifié"
                            + " votre identité."),
            a(
                    "poste",
                    "Le poste est très lent au démarrage",
                    "Laissez le poste allumé une nuit par semaine pour les mises à jour. Si la lenteur dure,"
                            + " ouvrez une demande : le centre vérifie l’antivirus et l’état du disque à distance."),
            a(
                    "poste",
                    "Windows 10 n’est plus suivi : que faire ?",
                    "Depuis le 14 octobre 2025, Windows 10 ne reçoit plus de correctifs de sécurité. Le centre"
                            + " prévoit le remplacement ou la mise à niveau des postes concernés dans le plan de"
                            + " renouvellement ; en attendant, ne naviguez pas sur des sites inconnus."),
            a(
                    "sauvegarde",
                    "Où sont sauvegardés les documents de la mairie ?",
                    "Le dossier **Documents partagés** est sauvegardé chaque nuit sur le serveur mutualisé et"
                            + " gardé 30 jours. Ce qui reste sur le bureau du poste n’est **pas** sauvegardé."),
            a(
                    "sauvegarde",
                    "Retrouver un fichier effacé par erreur",
                    "Clic droit sur le dossier, **Propriétés › Versions précédentes** : choisissez la date et"
                            + " *Restaurer*. Au-delà de 30 jours, ouvrez une demande « Sauvegarde »."),
            a(
                    "metiers",
                    "L’état civil refuse d’imprimer les actes",
                    "Vérifiez que l’imprimante par défaut du logiciel est la bonne (**Paramètres › Impression**)."
                            + " Après une mise à jour du logiciel, ce réglage revient parfois à l’imprimante du"
                            + " poste."),
            a(
                    "metiers",
                    "Envoyer les flux comptables à la trésorerie",
                    "Les flux PES partent de la plateforme régionale : déposez le fichier produit par le logiciel"
                            + " de comptabilité dans *Parapheur › Flux comptables*, signez, puis suivez l’accusé de"
                            + " réception."),
            a(
                    "e-administration",
                    "Renouveler son certificat de signature électronique",
                    "Le certificat dure trois ans. Deux mois avant son échéance, commandez le renouvellement sur"
                            + " la plateforme ; le centre l’installe sur la clé lors de son passage."),
            a(
                    "e-administration",
                    "Publier un avis de marché sur la plateforme",
                    "Depuis la plateforme, **Consultations › Nouvelle consultation** : joignez le règlement et"
                            + " le DCE. Le centre peut relire l’avis avant publication."),
            a(
                    "site-internet",
                    "Mettre à jour les horaires de la mairie sur le site",
                    "Connectez-vous à l’administration du site, page *Contact*, bloc *Horaires*. Pour une"
                            + " modification de la structure du site, ouvrez une demande « Mise à jour du site"
                            + " internet »."),
            a(
                    "support",
                    "Procédure interne : prise en main à distance",
                    "Toujours annoncer la prise en main à l’agent, lui faire accepter la session, et noter le"
                            + " temps passé dans la demande.",
                    "agents"),
            a(
                    "support",
                    "Procédure interne : commande de matériel sur le marché groupé",
                    "Vérifier que la commune est membre du marché (page du marché groupé), commander au prix du"
                            + " bordereau, et joindre le bon de commande à la demande.",
                    "agents"));

    private static String[] a(String... fields) {
        return fields;
    }
}
