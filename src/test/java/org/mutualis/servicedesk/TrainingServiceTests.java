package org.mutualis.servicedesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mutualis.StudyCodes.BOTSORHEL;
import static org.mutualis.StudyCodes.GARLAN;
import static org.mutualis.StudyCodes.PLOUGONVEN;
import static org.mutualis.servicedesk.TrainingFixture.ADMIN;
import static org.mutualis.servicedesk.TrainingFixture.person;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MovableClock;
import org.mutualis.MutualisDbTest;
import org.mutualis.census.mail.CaughtMails;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.programme.GovernanceTestData;
import org.mutualis.shared.Clocks;
import org.mutualis.shared.error.ConflictException;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * The trainings through their service: sessions with optimistic locking, registrations with the
 * waiting list and its e-mail, who sees and cancels which registration, attendance, training days,
 * the attendance certificate's text, and the training needs.
 */
@MutualisDbTest
@TestPropertySource(properties = "mutualis.mail.catcher=true")
class TrainingServiceTests {

    static final MovableClock CLOCK = new MovableClock(Instant.parse("2015-03-02T08:00:00Z"), Clocks.ZONE);

    @TestBean
    Clock clock;

    static Clock clock() {
        return CLOCK;
    }

    @Autowired
    Trainings trainings;

    @Autowired
    ServiceCentres centres;

    @Autowired
    Territories territories;

    @Autowired
    Accounts accounts;

    @Autowired
    CaughtMails caught;

    TerritorySummary territory;
    long botsorhel;
    long plougonven;
    long garlan;
    CurrentUser botsorhelCorrespondent;
    CurrentUser plougonvenCorrespondent;
    CurrentUser foreigner;
    CurrentUser analyst = TestUsers.someone(Role.ANALYST);
    CurrentUser elected = TestUsers.someone(Role.ELECTED);

    @BeforeEach
    void data() {
        territory = TrainingFixture.territory(territories);
        botsorhel = TrainingFixture.collectivity(territories, territory, BOTSORHEL);
        plougonven = TrainingFixture.collectivity(territories, territory, PLOUGONVEN);
        garlan = TrainingFixture.collectivity(territories, territory, GARLAN);
        botsorhelCorrespondent = new CurrentUser(
                0, "secretariat@botsorhel.example", "Mairie de Botsorhel", Role.CORRESPONDENT, botsorhel);
        plougonvenCorrespondent = TestUsers.correspondentOf(plougonven);
        TerritorySummary other = GovernanceTestData.otherTerritory(territories);
        foreigner = TestUsers.correspondentOf(
                territories.collectivities(other.id()).get(0).id());
    }

    private LocalDate inDays(int days) {
        return LocalDate.now(CLOCK).plusDays(days);
    }

    private TrainingSessionView session(String topic, int capacity) {
        return TrainingFixture.session(trainings, territory.id(), topic, inDays(10), capacity);
    }

    private static Consumer<Throwable> problemOn(String field, String code) {
        return e -> assertThat(((RejectedException) e).problems())
                .extracting(Problem::field, Problem::code)
                .contains(org.assertj.core.groups.Tuple.tuple(field, code));
    }

    @Test
    void beyondTheCapacityPeopleWaitInOrderAndACancellationPromotesTheFirstWithAnEmail() {
        TrainingSessionView s = session("Messagerie et agenda", 2);
        var a = trainings.register(s.id(), person(botsorhel, "Anne Le Bihan"), botsorhelCorrespondent);
        var b = trainings.register(s.id(), person(plougonven, "Bernard Guéguen"), plougonvenCorrespondent);
        var c = trainings.register(s.id(), person(botsorhel, "Corentin Tanguy"), botsorhelCorrespondent);
        var d = trainings.register(s.id(), person(garlan, "Denise Morvan"), ADMIN);

        assertThat(List.of(a.status(), b.status(), c.status(), d.status()))
                .containsExactly(
                        TrainingRegistrationStatus.CONFIRMED,
                        TrainingRegistrationStatus.CONFIRMED,
                        TrainingRegistrationStatus.WAITING,
                        TrainingRegistrationStatus.WAITING);
        assertThat(c.rank()).isEqualTo(1);
        assertThat(d.rank()).isEqualTo(2);
        assertThat(trainings.session(s.id(), ADMIN).confirmed()).isEqualTo(2);
        assertThat(trainings.session(s.id(), ADMIN).waiting()).isEqualTo(2);

        int mailsBefore = caught.all(ADMIN).size();
        trainings.cancel(s.id(), b.id(), plougonvenCorrespondent);

        assertThat(trainings.registration(s.id(), c.id(), ADMIN).status())
                .isEqualTo(TrainingRegistrationStatus.CONFIRMED);
        var stillWaiting = trainings.registration(s.id(), d.id(), ADMIN);
        assertThat(stillWaiting.status()).isEqualTo(TrainingRegistrationStatus.WAITING);
        assertThat(stillWaiting.rank()).isEqualTo(1);
        assertThat(trainings.registration(s.id(), b.id(), ADMIN).status())
                .isEqualTo(TrainingRegistrationStatus.CANCELLED);
        var mails = caught.all(ADMIN);
        assertThat(mails).hasSize(mailsBefore + 1);
        assertThat(mails.stream().filter(m -> m.to().equals("secretariat@botsorhel.example")))
                .anySatisfy(m -> {
                    assertThat(m.subject()).contains("Messagerie et agenda");
                    assertThat(m.body()).contains("Corentin Tanguy");
                });

        assertThatThrownBy(() -> trainings.cancel(s.id(), b.id(), plougonvenCorrespondent))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void registrationsAtTheSameTimeNeverTakeMoreSeatsThanTheCapacity() throws Exception {
        TrainingSessionView s = session("Réseau", 3);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<TrainingRegistrationView>> done = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String name = "Personne " + i;
                done.add(pool.submit(() -> trainings.register(s.id(), person(botsorhel, name), ADMIN)));
            }
            for (var f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        List<TrainingRegistrationView> all = trainings.registrations(s.id(), ADMIN);
        assertThat(all).hasSize(6);
        assertThat(all.stream().filter(r -> r.status() == TrainingRegistrationStatus.CONFIRMED))
                .hasSize(3);
        // The seats went to the first three registered, the others wait in order.
        assertThat(all).extracting(TrainingRegistrationView::rank).containsExactly(0, 0, 0, 1, 2, 3);
    }

    @Test
    void theSamePersonIsNotRegisteredTwiceForOneSessionAndCollectivity() {
        TrainingSessionView s = session("Tableur", 10);
        var first = trainings.register(s.id(), person(botsorhel, "Anne Le Bihan"), botsorhelCorrespondent);

        assertThatThrownBy(() -> trainings.register(s.id(), person(botsorhel, "  anne   le BIHAN "), ADMIN))
                .isInstanceOf(RejectedException.class)
                .satisfies(problemOn("personName", "servicedesk.training.registration.twice"));
        // Another collectivité's Anne Le Bihan is another person.
        trainings.register(s.id(), person(plougonven, "Anne Le Bihan"), plougonvenCorrespondent);
        // Once cancelled, she may be registered again.
        trainings.cancel(s.id(), first.id(), botsorhelCorrespondent);
        assertThat(trainings
                        .register(s.id(), person(botsorhel, "Anne Le Bihan"), botsorhelCorrespondent)
                        .status())
                .isEqualTo(TrainingRegistrationStatus.CONFIRMED);
    }

    @Test
    void aCorrespondentSeesAndCancelsOnlyTheirCollectivitysRegistrations() {
        TrainingSessionView s = session("Site internet", 5);
        var own = trainings.register(s.id(), person(botsorhel, "Anne Le Bihan"), botsorhelCorrespondent);
        var theirs = trainings.register(s.id(), person(plougonven, "Bernard Guéguen"), plougonvenCorrespondent);

        assertThat(trainings.registrations(s.id(), botsorhelCorrespondent))
                .extracting(TrainingRegistrationView::id)
                .containsExactly(own.id());
        assertThat(trainings.registrations(s.id(), ADMIN))
                .extracting(TrainingRegistrationView::id)
                .containsExactly(own.id(), theirs.id());
        assertThatThrownBy(() -> trainings.registration(s.id(), own.id(), plougonvenCorrespondent))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> trainings.cancel(s.id(), own.id(), plougonvenCorrespondent))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> trainings.registration(s.id(), own.id(), analyst))
                .isInstanceOf(NotFoundException.class);
        // Registering someone of another collectivité is refused on the field.
        assertThatThrownBy(() -> trainings.register(s.id(), person(botsorhel, "Intrus"), plougonvenCorrespondent))
                .isInstanceOf(RejectedException.class)
                .satisfies(problemOn("collectivityId", "servicedesk.training.collectivity.notYours"));
        // Analysts and elected officials read the sessions, register nobody.
        assertThat(trainings.session(s.id(), analyst).topic()).isEqualTo("Site internet");
        assertThatThrownBy(() -> trainings.register(s.id(), person(botsorhel, "X"), analyst))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> trainings.registrations(s.id(), elected)).isInstanceOf(ForbiddenException.class);
        // Another EPCI's correspondent does not even see the session.
        assertThatThrownBy(() -> trainings.session(s.id(), foreigner)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> trainings.register(s.id(), person(botsorhel, "X"), foreigner))
                .isInstanceOf(NotFoundException.class);
        assertThat(trainings.sessions(null, 1, 1, foreigner).upcoming().items())
                .extracting(TrainingSessionView::id)
                .doesNotContain(s.id());
    }

    @Test
    void onlyTheCentresAgentsPlanSessionsAndAStaleVersionIsRefused() {
        CurrentUser technician = TestUsers.create(accounts, Role.TECHNICIAN);
        long centre = centres.ofTerritory(territory.id()).id();
        centres.addAgent(centre, technician.id(), ADMIN);
        CurrentUser stranger = TestUsers.create(accounts, Role.TECHNICIAN);

        TrainingSessionView s = TrainingFixture.session(trainings, territory.id(), "Sauvegarde", inDays(20), 3);
        assertThat(trainings.forEdit(s.id(), technician).id()).isEqualTo(s.id());
        assertThatThrownBy(() -> trainings.forEdit(s.id(), botsorhelCorrespondent))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> trainings.forEdit(s.id(), analyst)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> trainings.session(s.id(), stranger)).isInstanceOf(NotFoundException.class);

        TrainingSessionForm change = new TrainingSessionForm(
                "Sauvegarde mutualisée",
                null,
                inDays(20),
                null,
                "14:00",
                "17:30",
                "Morlaix",
                "Yann Le Goff",
                3,
                TrainingSessionStatus.PLANNED,
                (long) s.version());
        TrainingSessionView changed = trainings.update(s.id(), change, technician);
        assertThat(changed.topic()).isEqualTo("Sauvegarde mutualisée");
        assertThat(changed.days()).isEqualByComparingTo("0.50");
        assertThatThrownBy(() -> trainings.update(s.id(), change, ADMIN)).isInstanceOf(ConflictException.class);
        assertThat(trainings.session(s.id(), ADMIN).topic()).isEqualTo("Sauvegarde mutualisée");

        assertThatThrownBy(() -> TrainingFixture.session(
                        trainings, territory.id(), "Rien", inDays(3), inDays(2), "17:00", "09:00", 0))
                .isInstanceOf(RejectedException.class)
                .satisfies(problemOn("lastDay", "servicedesk.training.session.days"))
                .satisfies(problemOn("endTime", "servicedesk.training.session.hours"))
                .satisfies(problemOn("capacity", "form.min"));
    }

    @Test
    void theCapacityNeverFallsBelowTheConfirmedAndALargerOneServesTheWaitingList() {
        TrainingSessionView s = session("Traitement de texte", 1);
        trainings.register(s.id(), person(botsorhel, "Anne"), botsorhelCorrespondent);
        var waiting = trainings.register(s.id(), person(plougonven, "Bernard"), plougonvenCorrespondent);
        TrainingSessionView current = trainings.session(s.id(), ADMIN);

        TrainingSessionForm larger = new TrainingSessionForm(
                s.topic(),
                null,
                s.firstDay(),
                null,
                "09:00",
                "17:00",
                s.place(),
                s.trainer(),
                2,
                TrainingSessionStatus.PLANNED,
                (long) current.version());
        trainings.update(s.id(), larger, ADMIN);
        assertThat(trainings.registration(s.id(), waiting.id(), ADMIN).status())
                .isEqualTo(TrainingRegistrationStatus.CONFIRMED);

        TrainingSessionForm smaller = new TrainingSessionForm(
                s.topic(),
                null,
                s.firstDay(),
                null,
                "09:00",
                "17:00",
                s.place(),
                s.trainer(),
                1,
                TrainingSessionStatus.PLANNED,
                (long) trainings.session(s.id(), ADMIN).version());
        assertThatThrownBy(() -> trainings.update(s.id(), smaller, ADMIN))
                .isInstanceOf(RejectedException.class)
                .satisfies(problemOn("capacity", "servicedesk.training.session.capacityBelowConfirmed"));
    }

    @Test
    void afterTheSessionAgentsMarkAttendanceAndPresentPeopleGetTheirDaysAndCertificate() throws IOException {
        TrainingSessionView s = TrainingFixture.session(
                trainings,
                territory.id(),
                "Plateforme régionale d’e-administration",
                inDays(5),
                inDays(6),
                "09:00",
                "12:30",
                10);
        var anne = trainings.register(s.id(), person(botsorhel, "Anne Le Bihan"), botsorhelCorrespondent);
        var bernard = trainings.register(s.id(), person(plougonven, "Bernard Guéguen"), plougonvenCorrespondent);
        var corentin = trainings.register(s.id(), person(botsorhel, "Corentin Tanguy"), botsorhelCorrespondent);
        TrainingAttendanceForm marks = new TrainingAttendanceForm(List.of(
                new TrainingAttendanceMark(anne.id(), TrainingPresence.PRESENT),
                new TrainingAttendanceMark(bernard.id(), TrainingPresence.PRESENT),
                new TrainingAttendanceMark(corentin.id(), TrainingPresence.ABSENT)));

        assertThatThrownBy(() -> trainings.attendance(s.id(), marks, ADMIN)).isInstanceOf(ConflictException.class);
        CLOCK.advance(Duration.ofDays(7));
        assertThatThrownBy(() -> trainings.attendance(s.id(), marks, botsorhelCorrespondent))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> trainings.register(s.id(), person(botsorhel, "Trop tard"), botsorhelCorrespondent))
                .isInstanceOf(ConflictException.class);
        TrainingSessionPage page = trainings.attendance(s.id(), marks, ADMIN);

        assertThat(page.session().status()).isEqualTo(TrainingSessionStatus.HELD);
        assertThat(page.registrations())
                .extracting(TrainingRegistrationView::presence)
                .containsExactly(TrainingPresence.PRESENT, TrainingPresence.PRESENT, TrainingPresence.ABSENT);
        long centre = centres.ofTerritory(territory.id()).id();
        int year = s.firstDay().getYear();
        List<TrainingDaysView> days =
                trainings.daysAttended(centre, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        // Two mornings of 3 h 30: one training day each for Anne and Bernard; Corentin was absent.
        assertThat(days)
                .extracting(TrainingDaysView::collectivityName, TrainingDaysView::attendances)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Botsorhel", 1),
                        org.assertj.core.groups.Tuple.tuple("Plougonven", 1));
        assertThat(days).allSatisfy(d -> assertThat(d.days()).isEqualByComparingTo("1.00"));
        assertThat(trainings.days(territory.id(), year, ADMIN).total()).isEqualByComparingTo("2.00");
        assertThatThrownBy(() -> trainings.days(territory.id(), year, botsorhelCorrespondent))
                .isInstanceOf(ForbiddenException.class);

        byte[] pdf = trainings.certificate(s.id(), anne.id(), botsorhelCorrespondent);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Attestation de présence")
                    .contains("Anne Le Bihan")
                    .contains("Botsorhel")
                    .contains("Plateforme régionale d’e-administration")
                    .contains("du " + s.firstDay().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                    .contains("7 h (1 jour de formation)")
                    .contains("Yann Le Goff")
                    .contains("Morlaix, salle du conseil communautaire")
                    .contains("Centre de services informatiques partagés");
        }
        assertThat(trainings.certificate(s.id(), anne.id(), ADMIN)).isNotEmpty();
        assertThatThrownBy(() -> trainings.certificate(s.id(), anne.id(), plougonvenCorrespondent))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> trainings.certificate(s.id(), corentin.id(), botsorhelCorrespondent))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void needsAreGroupedByTopicForTheAgentsAndEachCorrespondentSeesTheirOwn() {
        trainings.submitNeed(
                null, new TrainingNeedForm(null, "Messagerie", 3, "Nouvelle secrétaire"), botsorhelCorrespondent);
        trainings.submitNeed(null, new TrainingNeedForm(plougonven, " messagerie ", 2, null), plougonvenCorrespondent);
        var site = trainings.submitNeed(territory.id(), new TrainingNeedForm(garlan, "Site internet", 1, null), ADMIN);

        TrainingNeeds all = trainings.needs(territory.id(), ADMIN);
        assertThat(all.topics())
                .extracting(TrainingNeedTopic::requests, TrainingNeedTopic::people, TrainingNeedTopic::open)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, 5, 2), org.assertj.core.groups.Tuple.tuple(1, 1, 1));
        assertThat(trainings.needs(null, botsorhelCorrespondent).topics())
                .flatExtracting(TrainingNeedTopic::needs)
                .extracting(TrainingNeedView::collectivityId)
                .containsExactly(botsorhel);
        assertThatThrownBy(() -> trainings.needs(null, analyst)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> trainings.submitNeed(
                        null, new TrainingNeedForm(botsorhel, "Tableur", 1, null), plougonvenCorrespondent))
                .isInstanceOf(RejectedException.class)
                .satisfies(problemOn("collectivityId", "servicedesk.training.collectivity.notYours"));

        TrainingSessionView s = session("Site internet", 8);
        assertThatThrownBy(() ->
                        trainings.answerNeed(site.id(), new TrainingNeedAnswerForm(s.id()), botsorhelCorrespondent))
                .isInstanceOf(ForbiddenException.class);
        TrainingNeedView answered = trainings.answerNeed(site.id(), new TrainingNeedAnswerForm(s.id()), ADMIN);
        assertThat(answered.answered()).isTrue();
        assertThat(answered.sessionTopic()).isEqualTo("Site internet");
        assertThat(trainings.needs(territory.id(), ADMIN).topics().get(1).open())
                .isZero();
    }
}
