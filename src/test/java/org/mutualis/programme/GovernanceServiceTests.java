package org.mutualis.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mutualis.StudyCodes.BOTSORHEL;
import static org.mutualis.StudyCodes.EPCI_SIREN;
import static org.mutualis.StudyCodes.MORLAIX;
import static org.mutualis.StudyCodes.PLOUGONVEN;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.Campaigns;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.procurement.ProcurementFixture;
import org.mutualis.procurement.Procurements;
import org.mutualis.programme.domain.governance.CompositionGap;
import org.mutualis.shared.error.ConflictException;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A programme's governance through its service: bodies and their steering-committee rule,
 * members of the programme's territory only, meetings with attendance and optimistic locking, the
 * decisions register tied to the programme's own actions, the council deliberations read from the
 * procurements' members, and who reads and changes what.
 */
@MutualisDbTest
class GovernanceServiceTests {

    static final CurrentUser STAFF = new CurrentUser(1, "analyste", "Analyste", Role.ANALYST, null);
    static final CurrentUser ELECTED = TestUsers.someone(Role.ELECTED);

    @Autowired
    org.mutualis.programme.Programmes programmes;

    @Autowired
    Governance governance;

    @Autowired
    Procurements procurements;

    @Autowired
    Territories territories;

    @Autowired
    Campaigns campaigns;

    @Autowired
    AnswerFiles files;

    @Autowired
    JdbcClient jdbc;

    ProcurementFixture.Loaded t;
    long programme;
    long procurement;
    long action;
    long foreignProgramme;
    CurrentUser botsorhel;
    CurrentUser plougonven;
    CurrentUser foreigner;

    @BeforeEach
    void data() {
        t = ProcurementFixture.territory(territories, campaigns, files);
        programme = GovernanceTestData.programme(programmes, t.territory().id(), "Programme de mutualisation");
        procurement = procurements
                .create(ProcurementFixture.group(t).form(), ProcurementFixture_STAFF())
                .id();
        action =
                GovernanceTestData.action(programmes, programme, "Marché groupé de matériel informatique", procurement);
        var other = GovernanceTestData.otherTerritory(territories);
        foreignProgramme = GovernanceTestData.programme(programmes, other.id(), "Programme du Haut-Léon");
        botsorhel = TestUsers.correspondentOf(t.id(BOTSORHEL));
        plougonven = TestUsers.correspondentOf(t.id(PLOUGONVEN));
        foreigner = TestUsers.correspondentOf(
                territories.collectivities(other.id()).get(0).id());
    }

    private static CurrentUser ProcurementFixture_STAFF() {
        return org.mutualis.census.CensusFixture.STAFF;
    }

    private BodyView steering() {
        return governance.createBody(
                programme, new BodyForm(BodyKind.STEERING_COMMITTEE, " Comité de pilotage ", "HARDWARE"), STAFF);
    }

    private MemberView member(BodyView body, String name, String code, BodyRole role) {
        return governance.addMember(programme, body.id(), new MemberForm(null, name, null, t.id(code), role), STAFF);
    }

    private static MeetingForm meeting(LocalDate on, MeetingStatus status, Map<Long, MeetingPresence> marks) {
        return new MeetingForm(on, "14:00", "Morlaix", "Ordre du jour", "Compte rendu", status, marks, null);
    }

    private static Consumer<Throwable> problemOn(String field, String code) {
        return e -> assertThat(((RejectedException) e).problems())
                .extracting(Problem::field, Problem::code)
                .contains(org.assertj.core.groups.Tuple.tuple(field, code));
    }

    @Test
    void aSteeringCommitteeMeetsOnlyWithOneMarketCoordinatorAndOneGroupLeader() {
        BodyView body = steering();
        assertThat(body.name()).isEqualTo("Comité de pilotage");
        assertThat(body.gaps()).containsExactly(CompositionGap.NO_MARKET_COORDINATOR, CompositionGap.NO_GROUP_LEADER);

        assertThatThrownBy(() -> governance.createMeeting(
                        programme, body.id(), meeting(LocalDate.of(2012, 3, 9), MeetingStatus.HELD, Map.of()), STAFF))
                .isInstanceOf(RejectedException.class)
                .satisfies(problemOn("status", "programme.governance.meeting.composition"));
        assertThat(governance.meetings(programme)).isEmpty();

        MemberView coordinator = member(body, "Coordonnateur", EPCI_SIREN, BodyRole.MARKET_COORDINATOR);
        member(body, "Responsable", MORLAIX, BodyRole.GROUP_LEADER);
        assertThat(governance.body(programme, body.id(), STAFF).gaps()).isEmpty();

        MeetingView held = governance.createMeeting(
                programme,
                body.id(),
                meeting(
                        LocalDate.of(2012, 3, 9),
                        MeetingStatus.HELD,
                        Map.of(coordinator.id(), MeetingPresence.PRESENT)),
                STAFF);
        assertThat(held.heldAt()).isEqualTo(LocalDateTime.of(2012, 3, 9, 14, 0));
        assertThat(held.count().present()).isEqualTo(1);
        assertThat(held.count().unrecorded()).isEqualTo(1);
        assertThat(held.count().quorum()).isFalse();
        assertThat(held.attendance())
                .extracting(MeetingAttendance::name, MeetingAttendance::presence)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Coordonnateur", MeetingPresence.PRESENT),
                        org.assertj.core.groups.Tuple.tuple("Responsable", null));

        member(body, "Second coordonnateur", MORLAIX, BodyRole.MARKET_COORDINATOR);
        assertThat(governance.body(programme, body.id(), STAFF).gaps())
                .containsExactly(CompositionGap.SEVERAL_MARKET_COORDINATORS);
    }

    @Test
    void aMemberIsAnAccountOrANamedPersonOfTheProgrammesTerritory() {
        BodyView body = governance.createBody(
                programme, new BodyForm(BodyKind.CROSS_CUTTING_GROUP, "Groupe transversal", null), STAFF);
        long foreignCollectivity = territories
                .collectivities(GovernanceTestData.otherTerritory(territories).id())
                .get(0)
                .id();

        assertThatThrownBy(() -> governance.addMember(
                        programme,
                        body.id(),
                        new MemberForm(null, "Élu", null, foreignCollectivity, BodyRole.MEMBER),
                        STAFF))
                .satisfies(problemOn("collectivityId", "programme.governance.member.collectivity"));
        assertThatThrownBy(() -> governance.addMember(
                        programme, body.id(), new MemberForm(null, " ", null, null, BodyRole.MEMBER), STAFF))
                .satisfies(problemOn("name", "programme.governance.member.who"));
        assertThatThrownBy(() -> governance.addMember(
                        programme,
                        body.id(),
                        new MemberForm(null, "X", "pas-une-adresse", null, BodyRole.MEMBER),
                        STAFF))
                .satisfies(problemOn("email", "programme.governance.member.email"));
        assertThat(governance.body(programme, body.id(), STAFF).members()).isEmpty();

        MemberView named = governance.addMember(
                programme,
                body.id(),
                new MemberForm(
                        null, "Secrétaire de mairie", "mairie@botsorhel.example", t.id(BOTSORHEL), BodyRole.MEMBER),
                STAFF);
        assertThat(named.collectivityName()).isEqualTo("Botsorhel");
        assertThat(named.userId()).isNull();
    }

    @Test
    void aStaleMeetingVersionWritesNothing() {
        BodyView body = governance.createBody(
                programme, new BodyForm(BodyKind.WORKING_GROUP, "Groupe de travail", null), STAFF);
        MeetingView planned = governance.createMeeting(
                programme, body.id(), meeting(LocalDate.of(2012, 5, 18), MeetingStatus.PLANNED, Map.of()), STAFF);
        MeetingForm first = new MeetingForm(
                LocalDate.of(2012, 5, 18),
                "14:00",
                "Morlaix",
                "Ordre",
                "Compte rendu de Anne",
                MeetingStatus.HELD,
                Map.of(),
                (long) planned.version());
        MeetingForm second = new MeetingForm(
                LocalDate.of(2012, 5, 18),
                "15:00",
                "Morlaix",
                "Ordre",
                "Compte rendu de Paul",
                MeetingStatus.HELD,
                Map.of(),
                (long) planned.version());

        MeetingView saved = governance.updateMeeting(programme, planned.id(), first, STAFF);
        assertThat(saved.version()).isEqualTo(planned.version() + 1);
        assertThatThrownBy(() -> governance.updateMeeting(programme, planned.id(), second, STAFF))
                .isInstanceOf(ConflictException.class);

        MeetingView now = governance.meeting(programme, planned.id(), STAFF);
        assertThat(now.minutes()).isEqualTo("Compte rendu de Anne");
        assertThat(now.heldAt()).isEqualTo(LocalDateTime.of(2012, 5, 18, 14, 0));
    }

    @Test
    void aDecisionLinksOnlyTheProgrammesOwnActionsBodiesAndMeetings() {
        BodyView body = governance.createBody(
                programme, new BodyForm(BodyKind.MAYORS_CONFERENCE, "Conférence des maires", null), STAFF);
        long foreignAction = GovernanceTestData.action(programmes, foreignProgramme, "Téléphonie", null);

        assertThatThrownBy(() -> governance.createDecision(
                        programme,
                        new DecisionForm(
                                body.id(),
                                null,
                                LocalDate.of(2012, 3, 9),
                                "Lancement",
                                foreignAction,
                                DecisionStatus.ADOPTED),
                        STAFF))
                .satisfies(problemOn("actionId", "programme.governance.decision.action"));

        DecisionView decision = governance.createDecision(
                programme,
                new DecisionForm(
                        body.id(), null, LocalDate.of(2012, 3, 9), "Lancement", action, DecisionStatus.ADOPTED),
                STAFF);
        assertThat(decision.actionTitle()).isEqualTo("Marché groupé de matériel informatique");
        assertThat(decision.bodyName()).isEqualTo("Conférence des maires");
        assertThat(governance.decisions(programme)).extracting(DecisionView::id).containsExactly(decision.id());
        assertThat(governance.decisions(foreignProgramme)).isEmpty();
    }

    @Test
    void theRegisterPagesTheDecisionsLatestFirst() {
        BodyView body =
                governance.createBody(programme, new BodyForm(BodyKind.OTHER, "Bureau communautaire", null), STAFF);
        for (int day = 1; day <= Governance.PAGE_SIZE + 2; day++) {
            governance.createDecision(
                    programme,
                    new DecisionForm(
                            body.id(),
                            null,
                            LocalDate.of(2012, 1, day),
                            "Décision " + day,
                            null,
                            DecisionStatus.ADOPTED),
                    STAFF);
        }
        DecisionRegister first = governance.register(programme, 1, STAFF);
        DecisionRegister second = governance.register(programme, 2, STAFF);

        assertThat(first.decisions().total()).isEqualTo(Governance.PAGE_SIZE + 2);
        assertThat(first.decisions().items().get(0).text()).isEqualTo("Décision " + (Governance.PAGE_SIZE + 2));
        assertThat(second.decisions().items())
                .extracting(DecisionView::text)
                .containsExactly("Décision 2", "Décision 1");
        assertThatThrownBy(() -> governance.register(programme, 0, STAFF)).isInstanceOf(RejectedException.class);
    }

    @Test
    void deliberationsComeFromTheLinkedProcurementsMembersAndCorrespondentsSeeTheirOwn() {
        governance.number(programme, new DeliberationNumberForm(procurement, t.id(BOTSORHEL), "DEL-2012-07"), STAFF);
        governance.recordDeliberation(
                programme,
                new DeliberationForm(
                        t.id(PLOUGONVEN), "Convention du centre de services", "2013-02", LocalDate.of(2013, 2, 1)),
                STAFF);

        List<DeliberationView> all = governance.deliberations(programme, STAFF);
        assertThat(all)
                .extracting(
                        DeliberationView::collectivityName, DeliberationView::number, DeliberationView::deliberatedOn)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Morlaix", null, LocalDate.of(2012, 2, 15)),
                        org.assertj.core.groups.Tuple.tuple("Botsorhel", "DEL-2012-07", LocalDate.of(2012, 2, 20)),
                        org.assertj.core.groups.Tuple.tuple("Plougonven", "2013-02", LocalDate.of(2013, 2, 1)));
        assertThat(governance.deliberations(programme, ELECTED)).hasSize(3);
        assertThat(governance.deliberations(programme, botsorhel))
                .extracting(DeliberationView::collectivityName)
                .containsExactly("Botsorhel");
        assertThat(governance.register(programme, 1, plougonven).deliberations())
                .extracting(DeliberationView::subject)
                .containsExactly("Convention du centre de services");

        // Not a member of the procurement: no number to give.
        assertThatThrownBy(() -> governance.number(
                        programme, new DeliberationNumberForm(procurement, t.id(PLOUGONVEN), "X"), STAFF))
                .satisfies(problemOn("collectivityId", "programme.governance.deliberation.member"));
        // A blank number removes it.
        governance.number(programme, new DeliberationNumberForm(procurement, t.id(BOTSORHEL), " "), STAFF);
        assertThat(governance.deliberations(programme, botsorhel).get(0).number())
                .isNull();
    }

    @Test
    void electedOfficialsAndCorrespondentsReadAndOnlyStaffChange() {
        BodyView body = steering();
        BodyForm form = new BodyForm(BodyKind.WORKING_GROUP, "Groupe", null);

        assertThat(governance.overview(programme, ELECTED).bodies()).hasSize(1);
        assertThat(governance.overview(programme, ELECTED).editable()).isFalse();
        assertThat(governance.bodies(programme, botsorhel)).hasSize(1);
        assertThat(governance.register(programme, 1, plougonven).decisions().total())
                .isZero();
        assertThatThrownBy(() -> governance.createBody(programme, form, ELECTED))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> governance.createBody(programme, form, botsorhel))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> governance.deleteBody(programme, body.id(), ELECTED))
                .isInstanceOf(ForbiddenException.class);
        assertThat(governance.bodies(programme, STAFF)).hasSize(1);
    }

    @Test
    void aCorrespondentOfAnotherTerritoryFindsNothing() {
        BodyView body = steering();
        DecisionView decision = governance.createDecision(
                programme,
                new DecisionForm(body.id(), null, LocalDate.of(2012, 3, 9), "Lancement", null, DecisionStatus.ADOPTED),
                STAFF);

        assertThatThrownBy(() -> governance.overview(programme, foreigner)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> governance.body(programme, body.id(), foreigner))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> governance.decision(programme, decision.id(), foreigner))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> governance.registerPdf(programme, foreigner)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> governance.createBody(programme, new BodyForm(BodyKind.OTHER, "X", null), foreigner))
                .isInstanceOf(NotFoundException.class);
        // Ids of one programme do not reach through another.
        assertThatThrownBy(() -> governance.body(foreignProgramme, body.id(), STAFF))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> governance.overview(987654321L, STAFF)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void otherServicesReadTheNextMeetingsSoonestFirst() {
        BodyView body = governance.createBody(
                programme, new BodyForm(BodyKind.WORKING_GROUP, "Groupe de travail", null), STAFF);
        for (LocalDate on : List.of(LocalDate.of(2012, 9, 1), LocalDate.of(2012, 3, 9), LocalDate.of(2012, 5, 18))) {
            governance.createMeeting(programme, body.id(), meeting(on, MeetingStatus.PLANNED, Map.of()), STAFF);
        }

        assertThat(governance.upcomingMeetings(programme, LocalDate.of(2012, 3, 10), 1))
                .extracting(m -> m.heldAt().toLocalDate())
                .containsExactly(LocalDate.of(2012, 5, 18));
        assertThat(governance.meetings(programme))
                .extracting(m -> m.heldAt().toLocalDate())
                .containsExactly(LocalDate.of(2012, 3, 9), LocalDate.of(2012, 5, 18), LocalDate.of(2012, 9, 1));
    }

    @Test
    void deletingAMeetingKeepsItsDecisionsInTheRegister() {
        BodyView body = governance.createBody(
                programme, new BodyForm(BodyKind.WORKING_GROUP, "Groupe de travail", null), STAFF);
        MeetingView m = governance.createMeeting(
                programme, body.id(), meeting(LocalDate.of(2012, 3, 9), MeetingStatus.PLANNED, Map.of()), STAFF);
        governance.createDecision(
                programme,
                new DecisionForm(
                        body.id(), m.id(), LocalDate.of(2012, 3, 9), "Lancement", null, DecisionStatus.ADOPTED),
                STAFF);
        assertThat(governance.minutes(programme, m.id(), ELECTED).decisions()).hasSize(1);

        governance.deleteMeeting(programme, m.id(), STAFF);

        assertThat(governance.decisions(programme))
                .singleElement()
                .satisfies(d -> assertThat(d.meetingId()).isNull());
    }
}
