package org.mutualis.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.NewAccount;
import org.mutualis.identity.Role;
import org.mutualis.servicedesk.ArticleForm;
import org.mutualis.servicedesk.ArticleVisibility;
import org.mutualis.servicedesk.ClosureForm;
import org.mutualis.servicedesk.Knowledge;
import org.mutualis.servicedesk.ServiceCentres;
import org.mutualis.servicedesk.ServiceCentres.CategoryView;
import org.mutualis.servicedesk.ServiceCentres.CentreView;
import org.mutualis.servicedesk.TrainingAttendanceForm;
import org.mutualis.servicedesk.TrainingAttendanceMark;
import org.mutualis.servicedesk.TrainingPresence;
import org.mutualis.servicedesk.TrainingRegistrationForm;
import org.mutualis.servicedesk.TrainingSessionForm;
import org.mutualis.servicedesk.TrainingSessionStatus;
import org.mutualis.servicedesk.Trainings;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo's shared service centre: Morlaix Communauté's, its activity invented (its name says
 * so): the study's services as categories, a technician, closures, twenty knowledge-base
 * articles, two training sessions of 2015 with their attendance, and tickets over 2014–2015
 * ({@link DeskDemoTickets}). Loaded once; a demo loaded before the service desk existed gets it.
 */
@Component
class DeskDemo {

    static final String CENTRE_NAME =
            "Centre de services informatiques partagés de Morlaix Communauté — activité fictive";

    private static final Logger LOG = LoggerFactory.getLogger(DeskDemo.class);

    private final ServiceCentres centres;
    private final Knowledge knowledge;
    private final Trainings trainings;
    private final Accounts accounts;
    private final Territories territories;
    private final DeskDemoTickets tickets;
    private final java.time.Clock clock;

    DeskDemo(
            ServiceCentres centres,
            Knowledge knowledge,
            Trainings trainings,
            Accounts accounts,
            Territories territories,
            DeskDemoTickets tickets,
            java.time.Clock clock) {
        this.clock = clock;
        this.centres = centres;
        this.knowledge = knowledge;
        this.trainings = trainings;
        this.accounts = accounts;
        this.territories = territories;
        this.tickets = tickets;
    }

    void load(TerritorySummary territory, CurrentUser loader) {
        CentreView centre = centres.ofTerritory(territory.id());
        if (centre.name().equals(CENTRE_NAME)) {
            return;
        }
        centre = centres.update(
                centre.id(),
                new org.mutualis.servicedesk.CentreForm(
                        CENTRE_NAME, "csip@morlaix-communaute.example", centre.openingHours(), 75),
                centre.version(),
                loader);
        centres.addClosure(
                centre.id(),
                new ClosureForm(LocalDate.of(2014, 12, 26), LocalDate.of(2014, 12, 26), "Pont de Noël"),
                loader);
        centres.addClosure(
                centre.id(),
                new ClosureForm(LocalDate.of(2015, 5, 15), LocalDate.of(2015, 5, 15), "Pont de l’Ascension"),
                loader);
        CurrentUser technician = technician();
        centres.addAgent(centre.id(), technician.id(), loader);
        Map<String, Long> categories = centres.categories(centre.id()).stream()
                .collect(Collectors.toMap(CategoryView::code, CategoryView::id));
        for (String[] article : DeskDemoArticles.ALL) {
            knowledge.create(
                    territory.id(),
                    new ArticleForm(
                            article[1],
                            article[2],
                            categories.get(article[0]),
                            article.length > 3 ? ArticleVisibility.AGENTS : ArticleVisibility.CORRESPONDENTS),
                    loader);
        }
        Map<String, CollectivityView> byCode = territories.collectivities(territory.id()).stream()
                .collect(Collectors.toMap(CollectivityView::code, Function.identity(), (a, b) -> a));
        session(
                territory,
                loader,
                "Messagerie et agenda partagés",
                LocalDate.of(2015, 3, 12),
                "Salle du conseil de Morlaix Communauté",
                List.of(
                        new String[] {"29014", "Secrétaire de mairie"},
                        new String[] {"29151", "Agent d’accueil"},
                        new String[] {"29151", "Assistante de direction"},
                        new String[] {"29213", "Secrétaire de mairie"}),
                byCode);
        session(
                territory,
                loader,
                "Plateforme régionale d’e-administration : les marchés publics",
                LocalDate.of(2015, 10, 8),
                "Espace numérique de Plourin-lès-Morlaix",
                List.of(
                        new String[] {"29014", "Secrétaire de mairie"},
                        new String[] {"29151", "Responsable des marchés"},
                        new String[] {"29208", "Secrétaire générale"}),
                byCode);
        int made = tickets.load(territory, centre, technician, loader);
        LOG.info(
                "Centre de services de démonstration chargé : {} demandes 2014–2015, {} articles, deux formations"
                        + " (activité fictive).",
                made,
                DeskDemoArticles.ALL.size());
    }

    private CurrentUser technician() {
        return accounts.find("technicien")
                .orElseGet(() -> accounts.create(
                        new NewAccount(
                                "technicien",
                                "Technicien du centre de services (démo)",
                                Role.TECHNICIAN,
                                null,
                                "demo-technicien-2012"),
                        false));
    }

    /** A session planned, its trainees registered, then moved to its real 2015 date and held. */
    private void session(
            TerritorySummary territory,
            CurrentUser loader,
            String topic,
            LocalDate day,
            String place,
            List<String[]> trainees,
            Map<String, CollectivityView> byCode) {
        LocalDate later = LocalDate.now(clock).plusYears(1);
        var session = trainings.create(
                territory.id(),
                new TrainingSessionForm(
                        topic, null, later, later, "09:00", "17:00", place, "Technicien du centre", 12, null, null),
                loader);
        List<TrainingAttendanceMark> marks = new java.util.ArrayList<>();
        int n = 0;
        for (String[] trainee : trainees) {
            CollectivityView c = byCode.get(trainee[0]);
            if (c == null) {
                continue;
            }
            var registration = trainings.register(
                    session.id(),
                    new TrainingRegistrationForm(c.id(), "Stagiaire " + (++n) + " de " + c.name(), trainee[1], null),
                    loader);
            marks.add(new TrainingAttendanceMark(
                    registration.id(), n == trainees.size() ? TrainingPresence.ABSENT : TrainingPresence.PRESENT));
        }
        var moved = trainings.update(
                session.id(),
                new TrainingSessionForm(
                        topic,
                        "Formation des utilisateurs relais des communes (session fictive).",
                        day,
                        day,
                        "09:00",
                        "17:00",
                        place,
                        "Technicien du centre",
                        12,
                        TrainingSessionStatus.PLANNED,
                        (long) session.version()),
                loader);
        trainings.attendance(moved.id(), new TrainingAttendanceForm(marks), loader);
    }
}
