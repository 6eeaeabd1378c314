package org.mutualis.portal;

import static org.mutualis.StudyCodes.BOTSORHEL;
import static org.mutualis.StudyCodes.PLOUGONVEN;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.mutualis.assessment.Assessments;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.BandSettings;
import org.mutualis.census.CampaignSummary;
import org.mutualis.census.Campaigns;
import org.mutualis.census.CensusFixture;
import org.mutualis.census.NewCampaign;
import org.mutualis.census.ThemeVersion;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Invitations;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.portal.HandlerRoutes.Route;
import org.mutualis.procurement.ProcurementFixture;
import org.mutualis.procurement.ProcurementThresholds;
import org.mutualis.procurement.Procurements;
import org.mutualis.procurement.ThresholdForm;
import org.mutualis.procurement.domain.ThresholdKind;
import org.mutualis.programme.BodyForm;
import org.mutualis.programme.BodyKind;
import org.mutualis.programme.BodyRole;
import org.mutualis.programme.DecisionForm;
import org.mutualis.programme.DecisionStatus;
import org.mutualis.programme.DeliberationForm;
import org.mutualis.programme.Governance;
import org.mutualis.programme.MeetingForm;
import org.mutualis.programme.MeetingStatus;
import org.mutualis.programme.MemberForm;
import org.mutualis.questionnaire.QuestionnaireVersion;
import org.mutualis.questionnaire.Questionnaires;
import org.mutualis.savings.OfferForm;
import org.mutualis.savings.Offers;
import org.mutualis.savings.PriceItems;
import org.mutualis.savings.Scenarios;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritoryCsv;
import org.mutualis.territory.TerritorySummary;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * Real data for the route walks, made through the application's services: the 2012 study's
 * territory (its census with the 8 answers and the exclusion, a software census, an earlier
 * census), a groupement de commandes of Morlaix and Botsorhel with an offer linked to it, a
 * scenario, a threshold, an invitation; and a small territory of another EPCI. Each visitor of
 * {@link Persona} is a real account with an API token. Routes that destroy or close what they
 * touch get a fresh target on every call, so each answer is about access alone.
 */
final class RouteWorld {

    /** Who knocks. The correspondents' data: the ids always point at Botsorhel's side of the territory. */
    enum Persona {
        ANONYMOUS,
        ADMIN,
        ANALYST,
        ELECTED,
        /** Correspondent of Botsorhel: the collectivité the ids point at, member of the procurement. */
        CORRESPONDENT_OWN,
        /** Correspondent of Plougonven: same EPCI, another collectivité, not a member of the procurement. */
        CORRESPONDENT_NEIGHBOUR,
        /** Correspondent of a commune of another EPCI (its own territory). */
        CORRESPONDENT_OTHER_EPCI,
        /** Technician of the shared service centre: the service desk only. */
        TECHNICIAN
    }

    static final String FIGURE = "count.desktops_excl_schools.extrapolated";
    static final String QUESTION = "desktops_excl_schools";
    static final List<String> INDICATORS = List.of(
            "desktops_excl_schools", "laptops_excl_schools", "os_xp", "os_vista", "os_7", "office_2007", "office_2010");
    // Years nobody else uses: territories accept 1900-2200; other tests take thresholds from 1600 on.
    private static final AtomicInteger TERRITORY_YEAR = new AtomicInteger(2100);
    private static final AtomicInteger YEAR = new AtomicInteger(1000);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** The exclusions' own count: the other fresh things must not make it wrap onto a pair already excluded. */
    private static final AtomicInteger EXCLUSIONS = new AtomicInteger();

    private static final CurrentUser STAFF = CensusFixture.STAFF;

    private final Campaigns campaigns;
    private final Procurements procurements;
    private final ProcurementThresholds thresholds;
    private final Offers offers;
    private final Scenarios scenarios;
    private final Assessments assessments;
    private final Accounts accounts;
    private final Questionnaires questionnaires;
    private final org.mutualis.programme.Programmes programmes;
    private final org.mutualis.programme.ProgrammeFeeds feeds;
    private final Governance governance;
    private final org.mutualis.inventory.Enrolments inventoryEnrolments;
    private final org.mutualis.inventory.AgentInventories agentInventories;
    private final org.mutualis.inventory.Devices inventoryDevices;
    private long inventoryDevice;

    final ProcurementFixture.Loaded t1;
    final TerritorySummary t2;
    final CampaignSummary campaign;
    final CampaignSummary software;
    final CampaignSummary earlier;
    final long own;
    final long neighbour;
    final long exclusion;
    final long procurement;
    /** A procurement with an awarded offer, its assessment published to the communes. */
    final long published;

    final long offer;
    final long scenario;
    final long threshold;
    final long itemId;
    final long programme;
    final long stage;
    final long action;
    final long task;
    final long throwawayAccount;
    final long token;
    final String invitationToken;
    // The programme's governance (a body with a member, a meeting, a decision, a convention's
    // deliberation).
    final long body;
    final long member;
    final long meeting;
    final long decision;
    final long deliberation;
    /** The service centre of Botsorhel's territory. */
    final long centre;
    // Service desk — trainings (issue 13): a session of the centre held in 2015 with a registration of
    // Botsorhel marked present, an upcoming session for fresh registrations, a need of Botsorhel.
    private final org.mutualis.servicedesk.Trainings trainings;
    private final LocalDate trainingDay;
    final long trainingSession;
    final long trainingRegistration;
    final long trainingUpcoming;
    final long trainingNeed;

    private final org.mutualis.servicedesk.ServiceCentres centres;

    // Service desk — tickets (servicedesk.Tickets): one of Botsorhel's tickets, opened by its
    // correspondent, with one attachment; write routes get a fresh ticket.
    long ticket;
    long attachment;
    org.mutualis.servicedesk.Tickets deskTickets;
    // The knowledge base (servicedesk.Knowledge): an article of the centre of Botsorhel's territory,
    // visible to the correspondents of that territory.
    private final org.mutualis.servicedesk.Knowledge knowledge;
    final long article;

    final Map<Persona, CurrentUser> users = new EnumMap<>(Persona.class);
    final Map<Persona, String> tokens = new EnumMap<>(Persona.class);

    private RouteWorld(ApplicationContext context) {
        inventoryRules = context.getBean(org.mutualis.inventory.InventoryRules.class);
        lifecycles = context.getBean(org.mutualis.inventory.Lifecycles.class);
        campaigns = context.getBean(Campaigns.class);
        procurements = context.getBean(Procurements.class);
        thresholds = context.getBean(ProcurementThresholds.class);
        offers = context.getBean(Offers.class);
        scenarios = context.getBean(Scenarios.class);
        assessments = context.getBean(Assessments.class);
        accounts = context.getBean(Accounts.class);
        questionnaires = context.getBean(Questionnaires.class);
        programmes = context.getBean(org.mutualis.programme.Programmes.class);
        feeds = context.getBean(org.mutualis.programme.ProgrammeFeeds.class);
        governance = context.getBean(Governance.class);
        inventoryEnrolments = context.getBean(org.mutualis.inventory.Enrolments.class);
        agentInventories = context.getBean(org.mutualis.inventory.AgentInventories.class);
        inventoryDevices = context.getBean(org.mutualis.inventory.Devices.class);
        Territories territories = context.getBean(Territories.class);
        AnswerFiles files = context.getBean(AnswerFiles.class);

        CensusFixture.Loaded study = CensusFixture.study2012(territories, campaigns, files, true);
        t1 = new ProcurementFixture.Loaded(study.territory(), territories);
        campaign = study.campaign();
        own = t1.id(BOTSORHEL);
        neighbour = t1.id(PLOUGONVEN);
        exclusion = campaigns.exclusions(campaign.id()).get(0).id();
        software = campaigns.open(
                new NewCampaign(
                        t1.territory().id(),
                        List.of(new ThemeVersion("software", 1)),
                        "Progiciels (routes) " + t1.territory().referenceYear(),
                        LocalDate.of(2012, 3, 1),
                        null,
                        null,
                        BandSettings.study2012()),
                STAFF);
        try (InputStream answers = new ClassPathResource("census/demo/progiciels-2012.csv").getInputStream()) {
            files.importAnswers(software.id(), "progiciels-2012.csv", answers, STAFF);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        earlier = openCampaign("Infrastructure 2011 (routes)", LocalDate.of(2011, 3, 1));
        t2 = otherEpci(territories);

        itemId = context.getBean(PriceItems.class).all().stream()
                .filter(i -> i.code().equals("HW_DESKTOP"))
                .findFirst()
                .orElseThrow()
                .id();
        procurement = freshProcurement();
        offer = freshOffer();
        assessments.link(procurement, offer, STAFF);
        published = freshPublished(context);
        scenario = freshScenario();
        threshold = freshThreshold();
        programme = freshProgramme();
        org.mutualis.programme.ActionView linked = org.mutualis.programme.ProgrammeFixture.action(
                programmes, programme, "Matériel informatique (routes)", campaign.id(), procurement);
        stage = linked.stageId();
        action = linked.id();
        task = linked.tasks().get(1).id();

        users.put(Persona.ADMIN, TestUsers.create(accounts, Role.ADMIN));
        users.put(Persona.ANALYST, TestUsers.create(accounts, Role.ANALYST));
        users.put(Persona.ELECTED, TestUsers.create(accounts, Role.ELECTED));
        users.put(Persona.CORRESPONDENT_OWN, TestUsers.create(accounts, Role.CORRESPONDENT, own));
        users.put(Persona.CORRESPONDENT_NEIGHBOUR, TestUsers.create(accounts, Role.CORRESPONDENT, neighbour));
        long foreign = territories.collectivities(t2.id()).get(0).id();
        users.put(Persona.CORRESPONDENT_OTHER_EPCI, TestUsers.create(accounts, Role.CORRESPONDENT, foreign));
        users.put(Persona.TECHNICIAN, TestUsers.create(accounts, Role.TECHNICIAN));
        // The technician works for the service centre of Botsorhel's territory.
        centres = context.getBean(org.mutualis.servicedesk.ServiceCentres.class);
        centre = centres.ofTerritory(t1.territory().id()).id();
        centres.addAgent(centre, users.get(Persona.TECHNICIAN).id(), users.get(Persona.ADMIN));
        users.forEach(
                (p, u) -> tokens.put(p, accounts.issueToken(u.id(), "routes").secret()));
        throwawayAccount = TestUsers.create(accounts, Role.ELECTED).id();
        token = freshToken();
        invitationToken = invitationToken(context.getBean(Invitations.class));
        body = freshBody();
        member = freshMember();
        meeting = freshMeeting();
        decision = freshDecision();
        deliberation = freshDeliberation();
        // Service desk — trainings (issue 13)
        trainings = context.getBean(org.mutualis.servicedesk.Trainings.class);
        LocalDate today = LocalDate.now(context.getBean(java.time.Clock.class));
        trainingDay = today.plusDays(90);
        CurrentUser admin = users.get(Persona.ADMIN);
        var held = trainings.create(
                t1.territory().id(), trainingForm("Messagerie (routes)", today.plusDays(30), 20, null), admin);
        var present = trainings.register(
                held.id(),
                new org.mutualis.servicedesk.TrainingRegistrationForm(
                        own, "Agent de Botsorhel (routes)", "Secrétaire de mairie", null),
                users.get(Persona.CORRESPONDENT_OWN));
        trainings.update(held.id(), trainingForm("Messagerie (routes)", LocalDate.of(2015, 3, 12), 20, 0L), admin);
        trainings.attendance(
                held.id(),
                new org.mutualis.servicedesk.TrainingAttendanceForm(
                        List.of(new org.mutualis.servicedesk.TrainingAttendanceMark(
                                present.id(), org.mutualis.servicedesk.TrainingPresence.PRESENT))),
                admin);
        trainingSession = held.id();
        trainingRegistration = present.id();
        trainingUpcoming = trainings
                .create(t1.territory().id(), trainingForm("Tableur (routes)", today.plusDays(60), 10000, null), admin)
                .id();
        trainingNeed = trainings
                .submitNeed(
                        t1.territory().id(),
                        new org.mutualis.servicedesk.TrainingNeedForm(own, "Messagerie (routes)", 2, null),
                        users.get(Persona.CORRESPONDENT_OWN))
                .id();
        // Service desk — tickets
        deskTickets = context.getBean(org.mutualis.servicedesk.Tickets.class);
        ticket = freshTicket();
        attachment =
                deskTickets.attachments(ticket, users.get(Persona.ADMIN)).get(0).id();
        // The knowledge base: after the accounts, an agent (the administrator) writes the article.
        knowledge = context.getBean(org.mutualis.servicedesk.Knowledge.class);
        article = freshArticle();
        // The service's money side (servicefinance): a service of the catalogue of Botsorhel's
        // territory, and Botsorhel's convention subscribing to it.
        financeCatalogue = context.getBean(org.mutualis.servicefinance.ServiceCatalogue.class);
        financeConventions = context.getBean(org.mutualis.servicefinance.Conventions.class);
        financeService = financeCatalogue.services(t1.territory().id()).get(0).id();
        financeConvention = freshConvention(LocalDate.of(2015, 1, 1), 3);
        // Unit costs and recorded units: the 2015 unit cost of that service (Botsorhel's convention
        // forecasts it), and Botsorhel's manual entries.
        financeUnitCosts = context.getBean(org.mutualis.servicefinance.UnitCosts.class);
        financeUnits = context.getBean(org.mutualis.servicefinance.UnitRecords.class);
        financeUnitCost = financeUnitCosts
                .create(
                        t1.territory().id(),
                        new org.mutualis.servicefinance.UnitCostForm(
                                financeService,
                                2015,
                                2014,
                                List.of(new org.mutualis.servicefinance.ChargeLineForm(
                                        org.mutualis.servicefinance.domain.costs.ChargeCategory.STAFF,
                                        "6411 Personnel titulaire",
                                        new BigDecimal("12000"))),
                                List.of(),
                                null),
                        users.get(Persona.ADMIN))
                .id();
    }

    private final org.mutualis.servicefinance.UnitCosts financeUnitCosts;
    private final org.mutualis.servicefinance.UnitRecords financeUnits;
    final long financeUnitCost;

    /** A manual entry of units for Botsorhel, to remove. */
    long freshManualUnits() {
        return java.util.Objects.requireNonNull(financeUnits
                .addManual(
                        own,
                        new org.mutualis.servicefinance.ManualUnitForm(
                                financeService,
                                LocalDate.of(2015, 6, 1),
                                new BigDecimal("3"),
                                "Relevé du serveur de sauvegarde (routes)"),
                        users.get(Persona.ADMIN))
                .manualId());
    }

    // The service's money side (servicefinance)
    private final org.mutualis.servicefinance.ServiceCatalogue financeCatalogue;
    private final org.mutualis.servicefinance.Conventions financeConventions;
    final long financeService;
    final long financeConvention;
    private static final AtomicInteger CONVENTION_YEAR = new AtomicInteger(2200);

    // The inventory's rules and end-of-support table (instance-wide): a fresh row for every write,
    // so that the seeded rows stay as they are; a seeded one to read.
    private final org.mutualis.inventory.InventoryRules inventoryRules;
    private final org.mutualis.inventory.Lifecycles lifecycles;

    private long freshRule() {
        int n = SEQUENCE.incrementAndGet();
        return inventoryRules
                .add(
                        new org.mutualis.inventory.RuleForm(
                                org.mutualis.inventory.domain.rules.RuleKind.OFFICE,
                                900_000 + n,
                                org.mutualis.inventory.domain.rules.RuleField.SOFTWARE_NAME,
                                "^routes-test-" + n + "$",
                                "NONE",
                                null,
                                null,
                                false,
                                null,
                                null),
                        users.get(Persona.ADMIN))
                .id();
    }

    private long freshLifecycle() {
        return lifecycles
                .add(
                        new org.mutualis.inventory.LifecycleForm(
                                "routes-test",
                                "" + SEQUENCE.incrementAndGet(),
                                null,
                                LocalDate.of(2030, 1, 1),
                                null,
                                null,
                                LocalDate.of(2026, 8, 1),
                                null,
                                null),
                        users.get(Persona.ADMIN))
                .id();
    }

    /** A service added to the catalogue of Botsorhel's territory, to change or retire. */
    long freshFinanceService() {
        return financeCatalogue
                .add(
                        t1.territory().id(),
                        new org.mutualis.servicefinance.CatalogueServiceForm(
                                "Service (routes " + SEQUENCE.incrementAndGet() + ")",
                                null,
                                org.mutualis.servicefinance.domain.UnitOfOperation.TICKET,
                                null,
                                null,
                                null,
                                null),
                        users.get(Persona.ADMIN))
                .id();
    }

    /** A convention of Botsorhel subscribing to the catalogue's first service (its own years: no overlap). */
    long freshConvention() {
        int year = CONVENTION_YEAR.incrementAndGet();
        return freshConvention(LocalDate.of(year, 1, 1), 1);
    }

    private long freshConvention(LocalDate signedOn, int years) {
        return financeConventions
                .create(
                        t1.territory().id(),
                        new org.mutualis.servicefinance.ConventionForm(
                                own,
                                org.mutualis.servicefinance.domain.ConventionKind.SERVICE_MADE_AVAILABLE,
                                signedOn,
                                "D-routes",
                                signedOn.minusDays(20),
                                years,
                                org.mutualis.servicefinance.domain.CostMethod.D5211_16_UNITS,
                                List.of(new org.mutualis.servicefinance.SubscriptionLine(
                                        financeService, true, new BigDecimal("120"))),
                                null,
                                null),
                        users.get(Persona.ADMIN))
                .id();
    }

    // Service desk — trainings (issue 13)
    static org.mutualis.servicedesk.TrainingSessionForm trainingForm(
            String topic, LocalDate day, int capacity, @org.jspecify.annotations.Nullable Long version) {
        return new org.mutualis.servicedesk.TrainingSessionForm(
                topic,
                null,
                day,
                null,
                "09:00",
                "17:00",
                "Morlaix",
                "Formateur (routes)",
                capacity,
                org.mutualis.servicedesk.TrainingSessionStatus.PLANNED,
                version);
    }

    /** A session to come, to change (version 0). */
    long freshTrainingSession() {
        return trainings
                .create(
                        t1.territory().id(),
                        trainingForm("Session " + SEQUENCE.incrementAndGet(), trainingDay, 20, null),
                        users.get(Persona.ADMIN))
                .id();
    }

    /** A registration of Botsorhel to the upcoming session, to cancel. */
    long freshTrainingRegistration() {
        return trainings
                .register(
                        trainingUpcoming,
                        new org.mutualis.servicedesk.TrainingRegistrationForm(
                                own, "Personne " + SEQUENCE.incrementAndGet(), null, null),
                        users.get(Persona.ADMIN))
                .id();
    }

    /** A new ticket of Botsorhel, opened by its correspondent, with a PDF attached. */
    long freshTicket() {
        return deskTickets
                .open(
                        new org.mutualis.servicedesk.NewTicket(
                                own,
                                null,
                                "Imprimante du secrétariat (routes " + SEQUENCE.incrementAndGet() + ")",
                                "Elle affiche une erreur.",
                                3,
                                3,
                                null,
                                null,
                                null),
                        java.util.List.of(new org.mutualis.servicedesk.Upload(
                                "erreur.pdf",
                                "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))),
                        users.get(Persona.CORRESPONDENT_OWN))
                .id();
    }

    /** A new enrolment of Botsorhel's agents. */
    private org.mutualis.inventory.IssuedEnrolment freshEnrolment() {
        return inventoryEnrolments.issue(
                own,
                new org.mutualis.inventory.EnrolmentForm("Mairie " + SEQUENCE.incrementAndGet()),
                users.get(Persona.ADMIN));
    }

    /** Botsorhel's computer, reported once by its agent (GLPI Agent JSON). */
    private synchronized long inventoryDevice() {
        if (inventoryDevice == 0) {
            String token = freshEnrolment().token();
            byte[] body = ("{\"action\":\"inventory\",\"deviceid\":\"pc-mairie-routes-2026-11-30-10-00-00\","
                            + "\"itemtype\":\"Computer\",\"content\":{\"versionclient\":\"GLPI-Agent_v1.11\","
                            + "\"hardware\":{\"name\":\"PC-MAIRIE-ROUTES\",\"chassis_type\":\"Desktop\"},"
                            + "\"bios\":{\"ssn\":\"ROUTES-0001\"}}}")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            var answer = agentInventories.receive(token, body, "application/json", null);
            if (answer.status() != 200) {
                throw new IllegalStateException("the agent's inventory was refused: " + answer.status());
            }
            var devices = inventoryDevices.ofCollectivity(own, "ROUTES", 1, users.get(Persona.ADMIN));
            inventoryDevice = devices.devices().items().get(0).id();
        }
        return inventoryDevice;
    }

    static RouteWorld build(ApplicationContext context) {
        return new RouteWorld(context);
    }

    /** Real values for the route's path variables; a fresh target where the route destroys or closes it. */
    Map<String, String> variables(Route route) {
        String p = route.pattern();
        boolean write = route.method() != RequestMethod.GET;
        boolean destroys = route.method() == RequestMethod.DELETE || p.endsWith("/delete") || p.endsWith("/remove");
        Map<String, String> values = new HashMap<>();
        for (String name : route.variables().keySet()) {
            String value = switch (name) {
                case "collectivityId" -> "" + own;
                case "exclusionId" -> "" + (write ? freshExclusion() : exclusion);
                case "offerId" -> "" + offer;
                case "other" -> "" + earlier.id();
                case "figureId" -> FIGURE;
                case "theme" -> p.endsWith("/drafts") && write ? "routes-unknown-theme" : "infrastructure";
                case "version" -> "1";
                case "code" -> QUESTION;
                case "token" -> invitationToken;
                case "page" -> "correspondant";
                case "kind" -> "invitation";
                case "stageId" -> "" + (destroys ? freshStage() : stage);
                case "actionId" -> "" + (destroys ? freshAction() : action);
                case "taskId" -> "" + (write ? freshTask() : task);
                case "feedId" -> "" + freshFeed().feed().id();
                case "secret" -> feedSecret();
                case "templateId" -> "" + (write ? freshTemplateTask() : templateTask());
                case "bodyId" -> "" + (destroys && !p.contains("/members/") ? freshBody() : body);
                case "memberId" -> "" + (destroys ? freshMember() : member);
                case "meetingId" -> "" + (destroys ? freshMeeting() : meeting);
                case "decisionId" -> "" + (destroys ? freshDecision() : decision);
                case "deliberationId" -> "" + (destroys ? freshDeliberation() : deliberation);
                // The service desk: the centre of Botsorhel's territory
                case "centreId" -> "" + centre;
                case "closureId" -> "" + freshClosure();
                case "accountId" -> "" + freshAgent();
                case "priority" -> "MEDIUM";
                // Service desk — trainings (issue 13)
                case "registrationId" ->
                    "" + (write && p.endsWith("/cancel") ? freshTrainingRegistration() : trainingRegistration);
                case "needId" -> "" + trainingNeed;
                case "id" -> "" + id(route, p, write, destroys);
                // Service desk — tickets
                case "ticketId" -> "" + (write ? freshTicket() : ticket);
                case "attachmentId" -> "" + attachment;
                // The knowledge base: a fresh article for every write (its version is 0, nobody else's).
                case "articleId" -> "" + (write ? freshArticle() : article);
                // The service's money side: a fresh service or convention for every write.
                case "serviceId" -> "" + (write ? freshFinanceService() : financeService);
                case "conventionId" -> "" + (write ? freshConvention() : financeConvention);
                case "unitCostId" -> "" + financeUnitCost;
                case "manualId" -> "" + freshManualUnits();
                // The inventory: Botsorhel's device, a fresh enrolment to revoke, an active token.
                case "deviceId" -> "" + inventoryDevice();
                case "enrolmentId" -> "" + freshEnrolment().enrolment().id();
                case "enrolmentToken" -> freshEnrolment().token();
                case "ruleId" ->
                    ""
                            + (write
                                    ? freshRule()
                                    : inventoryRules
                                            .list(users.get(Persona.ADMIN))
                                            .get(0)
                                            .id());
                case "entryId" ->
                    ""
                            + (write
                                    ? freshLifecycle()
                                    : lifecycles
                                            .list(users.get(Persona.ADMIN))
                                            .get(0)
                                            .id());
                default -> throw new IllegalStateException("No real value for {" + name + "} in " + route);
            };
            values.put(name, value);
        }
        return values;
    }

    private long freshClosure() {
        centres.addClosure(
                centre,
                new org.mutualis.servicedesk.ClosureForm(
                        LocalDate.of(2099, 12, 24),
                        LocalDate.of(2099, 12, 31),
                        "Fermeture " + SEQUENCE.incrementAndGet()),
                users.get(Persona.ADMIN));
        var closures = centres.closures(centre);
        return closures.get(closures.size() - 1).id();
    }

    /** A technician working for Botsorhel's territory's centre, to be removed from it. */
    private long freshAgent() {
        long id = TestUsers.create(accounts, Role.TECHNICIAN).id();
        centres.addAgent(centre, id, users.get(Persona.ADMIN));
        return id;
    }

    private long id(Route route, String p, boolean write, boolean destroys) {
        if (p.contains("/programmes/{id}/") && isGovernance(p)) {
            return programme;
        }
        if (p.startsWith("/programmes/") || p.startsWith("/api/programmes/")) {
            // Deleting the programme itself takes a fresh one; its stages, actions and tasks live in the shared one.
            return destroys && !p.contains("Id}") ? freshProgramme() : programme;
        }
        if (p.contains("/campaigns/")) {
            if (p.endsWith("/close") && write) {
                return openCampaign("À clore " + SEQUENCE.incrementAndGet(), LocalDate.of(2013, 1, 1))
                        .id();
            }
            return p.endsWith("/priorities") || p.endsWith("/software") ? software.id() : campaign.id();
        }
        if (p.contains("/procurements/")) {
            if (p.contains("/assessment/publi")) {
                return published;
            }
            if (p.contains("/offers/{offerId}") && destroys) {
                long fresh = freshProcurement();
                assessments.link(fresh, offer, STAFF);
                return fresh;
            }
            return destroys || (write && !p.contains("/assessment")) ? freshProcurement() : procurement;
        }
        if (p.contains("/offers/")) {
            return destroys ? freshOffer() : offer;
        }
        if (p.contains("/scenarios/")) {
            return destroys ? freshScenario() : scenario;
        }
        if (p.contains("/thresholds/")) {
            return write ? freshThreshold() : threshold;
        }
        if (p.contains("/territories/")) {
            return t1.territory().id();
        }
        if (p.startsWith("/admin/users/")) {
            return throwawayAccount;
        }
        if (p.startsWith("/account/tokens/")) {
            return write ? freshToken() : token;
        }
        // Service desk — trainings (issue 13): cancellations on the upcoming session, changes on a fresh one
        if (p.startsWith("/servicedesk/trainings/") || p.startsWith("/api/servicedesk/trainings/")) {
            if (write && p.endsWith("/cancel")) {
                return trainingUpcoming;
            }
            if (write && p.endsWith("/registrations")) {
                return trainingUpcoming;
            }
            if (write && (p.endsWith("trainings/{id}"))) {
                return freshTrainingSession();
            }
            return trainingSession;
        }
        throw new IllegalStateException("No real value for {id} in " + route);
    }

    private static boolean isGovernance(String p) {
        return List.of("/governance", "/bodies", "/meetings", "/decisions", "/deliberations").stream()
                .anyMatch(p::contains);
    }

    /** An article of the centre of Botsorhel's territory that its correspondents read. */
    long freshArticle() {
        return knowledge
                .create(
                        t1.territory().id(),
                        new org.mutualis.servicedesk.ArticleForm(
                                "Imprimante hors ligne (routes " + SEQUENCE.incrementAndGet() + ")",
                                "Redémarrez le **spouleur** d’impression.",
                                null,
                                org.mutualis.servicedesk.ArticleVisibility.CORRESPONDENTS),
                        users.get(Persona.ADMIN))
                .id();
    }

    long freshBody() {
        return governance
                .createBody(
                        programme,
                        new BodyForm(BodyKind.STEERING_COMMITTEE, "Comité de pilotage (routes)", "HARDWARE"),
                        STAFF)
                .id();
    }

    long freshMember() {
        return governance
                .addMember(programme, body, new MemberForm(null, "Membre (routes)", null, own, BodyRole.MEMBER), STAFF)
                .id();
    }

    long freshMeeting() {
        return governance
                .createMeeting(
                        programme,
                        body,
                        new MeetingForm(
                                LocalDate.of(2012, 3, 9),
                                "14:00",
                                "Morlaix",
                                "Ordre du jour",
                                null,
                                MeetingStatus.PLANNED,
                                null,
                                null),
                        STAFF)
                .id();
    }

    long freshDecision() {
        return governance
                .createDecision(
                        programme,
                        new DecisionForm(
                                body,
                                null,
                                LocalDate.of(2012, 3, 9),
                                "Décision (routes)",
                                null,
                                DecisionStatus.ADOPTED),
                        STAFF)
                .id();
    }

    long freshDeliberation() {
        return governance
                .recordDeliberation(
                        programme,
                        new DeliberationForm(own, "Convention (routes)", "R-1", LocalDate.of(2013, 1, 10)),
                        STAFF)
                .id();
    }

    long freshProcurement() {
        return procurements.create(ProcurementFixture.group(t1).form(), STAFF).id();
    }

    /** An empty programme of the study's territory with one stage. */
    long freshProgramme() {
        return org.mutualis.programme.ProgrammeFixture.empty(
                        programmes, t1.territory().id())
                .programme()
                .id();
    }

    long freshStage() {
        return programmes.addStage(
                programme, new org.mutualis.programme.StageForm("Étape " + SEQUENCE.incrementAndGet(), null), STAFF);
    }

    long freshAction() {
        return org.mutualis.programme.ProgrammeFixture.action(
                        programmes, programme, "Action " + SEQUENCE.incrementAndGet(), null, null)
                .id();
    }

    long freshTask() {
        return programmes.addTask(
                programme,
                action,
                new org.mutualis.programme.TaskForm(
                        0, "Tâche " + SEQUENCE.incrementAndGet(), null, null, null, null, null, null, false, null),
                STAFF);
    }

    /** A calendar feed of Botsorhel's correspondent: theirs and the administrator's, nobody else's. */
    org.mutualis.programme.ProgrammeFeeds.IssuedFeed freshFeed() {
        return feeds.create(null, users.get(Persona.CORRESPONDENT_OWN));
    }

    private @org.jspecify.annotations.Nullable String secret;

    /** The secret of a live feed of Botsorhel's correspondent, for the public calendar address. */
    String feedSecret() {
        if (secret == null) {
            String url = freshFeed().url();
            secret = url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
        }
        return secret;
    }

    long templateTask() {
        return programmes.template().get(0).id();
    }

    long freshTemplateTask() {
        String title = "Modèle " + SEQUENCE.incrementAndGet();
        programmes.addTemplateTask(new org.mutualis.programme.TemplateTaskForm(2, title, null, 1, false), STAFF);
        return programmes.template().stream()
                .filter(t -> t.title().equals(title))
                .findFirst()
                .orElseThrow()
                .id();
    }

    /** A procurement whose own offer is awarded and whose assessment is published (no e-mail: no address). */
    long freshPublished(ApplicationContext context) {
        long id = freshProcurement();
        long awarded = freshOffer();
        assessments.link(id, awarded, STAFF);
        assessments.award(
                id,
                awarded,
                new org.mutualis.assessment.AwardForm(
                        "Dell", new BigDecimal("580"), false, LocalDate.of(2012, 6, 1), 0),
                STAFF);
        context.getBean(org.mutualis.assessment.AssessmentPublications.class).publish(id, "Bilan (routes)", STAFF);
        return id;
    }

    long freshOffer() {
        return offers.create(
                        t1.territory().id(),
                        new OfferForm(
                                itemId,
                                "Dell",
                                "NEGOTIATION",
                                new BigDecimal("600"),
                                false,
                                LocalDate.of(2012, 3, 1),
                                null,
                                "",
                                new BigDecimal("680.10"),
                                false),
                        STAFF)
                .id();
    }

    long freshScenario() {
        return scenarios
                .create(t1.territory().id(), "Scénario " + SEQUENCE.incrementAndGet(), "PURCHASING_GROUP", STAFF)
                .id();
    }

    long freshThreshold() {
        return thresholds.create(threshold(YEAR.addAndGet(2)), STAFF).id();
    }

    static ThresholdForm threshold(int year) {
        return new ThresholdForm(
                ThresholdKind.WORKS,
                new BigDecimal("5000000"),
                LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31),
                "Avis (routes)");
    }

    static int nextThresholdYear() {
        return YEAR.addAndGet(2);
    }

    /**
     * A draft questionnaire (printing, the theme no other test of this context drafts), so that an
     * unknown question code is looked up rather than refused because the version is published.
     */
    QuestionnaireVersion questionnaireDraft() {
        return questionnaires.versions(STAFF).stream()
                .filter(v -> v.theme().equals("printing") && !v.published())
                .findFirst()
                .orElseGet(() -> questionnaires.draftFrom("printing", STAFF));
    }

    /** A token of Botsorhel's correspondent: theirs and the administrator's to revoke, nobody else's. */
    long freshToken() {
        return accounts.issueToken(users.get(Persona.CORRESPONDENT_OWN).id(), "à révoquer")
                .id();
    }

    /**
     * An exclusion nobody else uses: each call takes the next collectivité × indicator not
     * excluded yet (the routes that delete one free their pair again).
     */
    long freshExclusion() {
        var collectivities = t1.territories().collectivities(t1.territory().id());
        int n = 0;
        for (int tries = 0; tries <= collectivities.size() * INDICATORS.size(); tries++) {
            n = EXCLUSIONS.incrementAndGet();
            long collectivity = collectivities.get(n % collectivities.size()).id();
            String indicator = INDICATORS.get((n / collectivities.size()) % INDICATORS.size());
            try {
                campaigns.exclude(campaign.id(), collectivity, indicator, "routes " + n, STAFF);
                break;
            } catch (org.mutualis.shared.error.RejectedException alreadyExcluded) {
                // the pair is taken: the next one
            }
        }
        int made = n;
        return campaigns.exclusions(campaign.id()).stream()
                .filter(e -> e.reason().equals("routes " + made))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private CampaignSummary openCampaign(String name, LocalDate date) {
        return campaigns.open(
                NewCampaign.of(t1.territory().id(), "infrastructure", 1, name, date, BandSettings.study2012()), STAFF);
    }

    private String invitationToken(Invitations invitations) {
        String email = TestUsers.uniqueName("invite") + "@botsorhel.example";
        String url = invitations.invite(email, "Invité", own, STAFF).url();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    /** Haut-Léon Communauté, three collectivités: enough for a correspondent of another EPCI. */
    private static TerritorySummary otherEpci(Territories territories) {
        int year = TERRITORY_YEAR.incrementAndGet();
        String csv = "code,name,kind,population\n29239,Roscoff,commune,3400\n"
                + "29259,Saint-Pol-de-Léon,commune,6500\n242900645,CC Haut-Léon Communauté,epci,\n";
        return territories.create(
                "242900645",
                "Haut-Léon Communauté (routes " + year + ")",
                "CC",
                year,
                "tests",
                TerritoryCsv.read(new StringReader(csv), year));
    }
}
