package org.mutualis.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.BandSettings;
import org.mutualis.census.CampaignLists;
import org.mutualis.census.CampaignSummary;
import org.mutualis.census.Campaigns;
import org.mutualis.census.NewCampaign;
import org.mutualis.census.ThemeVersion;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.NewAccount;
import org.mutualis.identity.Role;
import org.mutualis.shared.instances.InstanceLocks;
import org.mutualis.territory.AnswerPolicy;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritoryCsv;
import org.mutualis.territory.TerritorySummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the 2012 study on the first demo start; later starts find it and change nothing. Two
 * instances starting together on one database load it once: the second waits for the first's
 * lock, then finds the study loaded.
 */
@Component
@ConditionalOnProperty(name = "mutualis.demo.enabled", havingValue = "true")
class DemoLoader implements ApplicationRunner {

    static final String EPCI_SIREN = "242900835";
    /** The 2026 campaign's answers are invented: its name says so wherever it shows. */
    static final String ILLUSTRATIVE_2026 = "Recensement 2026 — données fictives, à titre d'illustration";

    static final String EXCLUSION_REASON = "Chaque PC de Morlaix porte à la fois Office 2003 et OpenOffice :"
            + " l'étude retire ses 152 OpenOffice des parts extrapolées des suites bureautiques.";

    private static final Logger LOG = LoggerFactory.getLogger(DemoLoader.class);

    private final Territories territories;
    private final Campaigns campaigns;
    private final AnswerFiles files;
    private final Accounts accounts;
    private final ProcurementDemo procurementDemo;
    private final ProgrammeDemo programmeDemo;
    private final DeskDemo deskDemo;
    private final FinanceDemo financeDemo;
    private final InventoryDemo inventoryDemo;
    private final InstanceLocks locks;
    private final ApplicationEventPublisher events;
    private final CampaignLists lists;

    DemoLoader(
            Territories territories,
            Campaigns campaigns,
            AnswerFiles files,
            Accounts accounts,
            ProcurementDemo procurementDemo,
            ProgrammeDemo programmeDemo,
            DeskDemo deskDemo,
            FinanceDemo financeDemo,
            InventoryDemo inventoryDemo,
            InstanceLocks locks,
            ApplicationEventPublisher events,
            CampaignLists lists) {
        this.events = events;
        this.lists = lists;
        this.procurementDemo = procurementDemo;
        this.programmeDemo = programmeDemo;
        this.deskDemo = deskDemo;
        this.financeDemo = financeDemo;
        this.inventoryDemo = inventoryDemo;
        this.locks = locks;
        this.territories = territories;
        this.campaigns = campaigns;
        this.files = files;
        this.accounts = accounts;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        // Not ready until the demo and its accounts are committed: the health check says OUT_OF_SERVICE
        // and pages answer « Mutualis démarre » (portal.StartingUp). Spring Boot publishes
        // ACCEPTING_TRAFFIC once every runner has returned, so after this transaction's commit.
        AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
        locks.hold("demo-loader");
        if (territories.all().stream().anyMatch(t -> t.epciSiren().equals(EPCI_SIREN) && t.referenceYear() == 2012)) {
            LOG.info("Démo Morlaix 2012 déjà chargée.");
            List<TerritorySummary> study = territories.all().stream()
                    .filter(t -> t.epciSiren().equals(EPCI_SIREN) && t.referenceYear() == 2012)
                    .toList();
            closeStudy2012(study);
            publishAssessments(study);
            // A demo loaded before the programme existed gets it (and its governance) now.
            CurrentUser loader = new CurrentUser(0, "demo", "Chargement de la démo", Role.ADMIN, null);
            study.forEach(t -> programmeDemo.load(t, loader));
            study.forEach(t -> deskDemo.load(t, loader));
            study.forEach(t -> financeDemo.load(t, loader));
            study.forEach(t -> inventoryDemo.load(t, loader));
            return;
        }
        CurrentUser loader = new CurrentUser(0, "demo", "Chargement de la démo", Role.ADMIN, null);
        TerritorySummary territory;
        try (Reader csv = reader("territory/morlaix-2012.csv")) {
            territory = territories.create(
                    EPCI_SIREN,
                    "Morlaix Communauté",
                    "CA",
                    2012,
                    "Étude de mutualisation des SI, Morlaix Communauté, 2012",
                    TerritoryCsv.read(csv, 2012));
        }
        // The 2012 study shared its answers between members: its detail table lists every
        // commune's answers (docs/confidentiality.md). New territories start confidential.
        territory = territories.changeAnswerPolicy(territory.id(), AnswerPolicy.SHARED);
        CampaignSummary campaign = campaigns.open(
                NewCampaign.of(
                        territory.id(),
                        "infrastructure",
                        1,
                        "Infrastructure & Réseaux 2012",
                        LocalDate.of(2012, 3, 1),
                        BandSettings.study2012()),
                loader);
        try (InputStream answers = new ClassPathResource("census/demo/infrastructure-2012.csv").getInputStream()) {
            files.importAnswers(campaign.id(), "infrastructure-2012.csv", answers, loader);
        }
        long morlaix = collectivity(territory, "29151").id();
        campaigns.exclude(campaign.id(), morlaix, "openoffice", EXCLUSION_REASON, loader);
        openAndImport(
                new NewCampaign(
                        territory.id(),
                        List.of(new ThemeVersion("software", 1)),
                        "Progiciels & sites 2012",
                        LocalDate.of(2012, 3, 1),
                        null,
                        null,
                        BandSettings.study2012()),
                "census/demo/progiciels-2012.csv",
                loader);
        openAndImport(
                new NewCampaign(
                        territory.id(),
                        List.of(
                                new ThemeVersion("infrastructure", 2), new ThemeVersion("telecom", 1),
                                new ThemeVersion("printing", 1), new ThemeVersion("software", 1)),
                        ILLUSTRATIVE_2026,
                        LocalDate.of(2026, 10, 1),
                        LocalDate.of(2026, 10, 1),
                        LocalDate.of(2026, 12, 15),
                        BandSettings.study2012()),
                "census/demo/recensement-2026-illustratif.csv",
                loader);
        createAccounts(territory);
        procurementDemo.load(territory, loader);
        closeStudy2012(List.of(territory));
        publishAssessments(List.of(territory));
        programmeDemo.load(territory, loader);
        deskDemo.load(territory, loader);
        financeDemo.load(territory, loader);
        inventoryDemo.load(territory, loader);
        LOG.info("Démo chargée : Morlaix Communauté 2012 (28 communes et l'EPCI), recensements 2012 et 2026 (fictif)."
                + " Comptes : voir README.");
    }

    /**
     * The 2012 study is the auditable reference: its campaigns are closed, so that no demo account
     * can change its answers (a closed campaign refuses every edit and import). Also run on a demo
     * database loaded before the campaigns were closed at loading.
     */
    /** The hardware assessment published to the communes, once (also on a demo loaded before publication existed). */
    private void publishAssessments(List<TerritorySummary> studyTerritories) {
        CurrentUser loader = new CurrentUser(0, "demo", "Chargement de la démo", Role.ADMIN, null);
        studyTerritories.forEach(t -> procurementDemo.publishHardware(t, loader));
    }

    private void closeStudy2012(List<TerritorySummary> studyTerritories) {
        CurrentUser loader = new CurrentUser(0, "demo", "Chargement de la démo", Role.ADMIN, null);
        // The study's territories' campaigns only: a database may hold every EPCI of France.
        List<CampaignSummary> ofStudy = studyTerritories.stream()
                .flatMap(t -> lists.ofTerritory(loader, t.id(), 100).stream())
                .toList();
        for (CampaignSummary campaign : ofStudy) {
            if (campaign.censusDate().getYear() == 2012 && !campaign.closed()) {
                campaigns.close(campaign.id(), loader);
                LOG.info("Recensement « {} » de l'étude 2012 clos : ses réponses sont figées.", campaign.name());
            }
        }
    }

    private void openAndImport(NewCampaign campaign, String answersFile, CurrentUser loader) throws IOException {
        CampaignSummary opened = campaigns.open(campaign, loader);
        try (InputStream answers = new ClassPathResource(answersFile).getInputStream()) {
            files.importAnswers(opened.id(), answersFile, answers, loader);
        }
    }

    private void createAccounts(TerritorySummary territory) {
        for (DemoAccount account : DemoAccount.ALL) {
            if (accounts.find(account.username()).isPresent()) {
                LOG.warn("Compte de démo « {} » déjà présent : laissé tel quel.", account.username());
                continue;
            }
            Long collectivityId = account.collectivityCode() == null
                    ? null
                    : collectivity(territory, account.collectivityCode()).id();
            accounts.create(
                    new NewAccount(
                            account.username(),
                            account.displayName(),
                            account.role(),
                            collectivityId,
                            account.password()),
                    false);
        }
    }

    private CollectivityView collectivity(TerritorySummary territory, String code) {
        List<CollectivityView> all = territories.collectivities(territory.id());
        return all.stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    private static Reader reader(String resource) throws IOException {
        return new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8);
    }
}
