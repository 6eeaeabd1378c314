package org.mutualis.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.programme.BodyForm;
import org.mutualis.programme.BodyKind;
import org.mutualis.programme.BodyRole;
import org.mutualis.programme.BodyView;
import org.mutualis.programme.DecisionForm;
import org.mutualis.programme.DecisionStatus;
import org.mutualis.programme.Governance;
import org.mutualis.programme.GovernanceChoice;
import org.mutualis.programme.GovernanceProgramme;
import org.mutualis.programme.MeetingForm;
import org.mutualis.programme.MeetingPresence;
import org.mutualis.programme.MeetingStatus;
import org.mutualis.programme.MeetingView;
import org.mutualis.programme.MemberForm;
import org.mutualis.programme.MemberView;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.Territories;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo programme's governance: the hardware theme's comité de pilotage (Morlaix Communauté
 * coordinates the market, the Ville de Morlaix leads the group), a groupe transversal, and the two
 * meetings of 2012 at the study's presentation dates (9 March and 18 May) with their agenda,
 * minutes, attendance and decisions. The people are invented (their functions, not names); the
 * programme demo calls {@link #load} once the programme and its actions exist.
 */
@Component
class GovernanceDemo {

    static final String STEERING = "Comité de pilotage – matériel informatique";
    static final String CROSS_CUTTING = "Groupe transversal des secrétaires de mairie";
    static final String LAUNCH = "Lancement du marché groupé de matériel informatique";

    private static final String EPCI = "242900835";
    private static final String MORLAIX = "29151";
    private static final String PLOUGONVEN = "29191";
    private static final String BOTSORHEL = "29014";
    private static final String PLACE = "Morlaix Communauté, 2 B voie d’accès au port, Morlaix";
    private static final CurrentUser LOADER = new CurrentUser(0, "demo", "Démonstration", Role.ADMIN, null);

    private final Governance governance;
    private final Territories territories;

    GovernanceDemo(Governance governance, Territories territories) {
        this.governance = governance;
        this.territories = territories;
    }

    /** Loads the governance of the programme, unless it already has bodies (idempotent). */
    @Transactional
    public void load(long programmeId) {
        GovernanceProgramme programme = governance.programme(programmeId, LOADER);
        if (!governance.bodies(programmeId, LOADER).isEmpty()) {
            return;
        }
        Map<String, Long> codes = new HashMap<>();
        for (CollectivityView c : territories.collectivities(programme.territoryId())) {
            codes.put(c.code(), c.id());
        }
        BodyView steering = governance.createBody(
                programmeId, new BodyForm(BodyKind.STEERING_COMMITTEE, STEERING, "HARDWARE"), LOADER);
        MemberView coordinator = member(
                programmeId,
                steering,
                "Responsable informatique de Morlaix Communauté",
                codes.get(EPCI),
                BodyRole.MARKET_COORDINATOR);
        MemberView leader = member(
                programmeId,
                steering,
                "Directeur des services informatiques de la Ville de Morlaix",
                codes.get(MORLAIX),
                BodyRole.GROUP_LEADER);
        MemberView plougonven = member(
                programmeId, steering, "Secrétaire de mairie de Plougonven", codes.get(PLOUGONVEN), BodyRole.MEMBER);
        MemberView botsorhel = member(
                programmeId, steering, "Secrétaire de mairie de Botsorhel", codes.get(BOTSORHEL), BodyRole.MEMBER);
        MemberView secretary =
                member(programmeId, steering, "Chargé de mission mutualisation", codes.get(EPCI), BodyRole.SECRETARY);

        BodyView crossCutting = governance.createBody(
                programmeId, new BodyForm(BodyKind.CROSS_CUTTING_GROUP, CROSS_CUTTING, null), LOADER);
        member(programmeId, crossCutting, "Chargé de mission mutualisation", codes.get(EPCI), BodyRole.CHAIR);
        member(programmeId, crossCutting, "Secrétaire de mairie de Plougonven", codes.get(PLOUGONVEN), BodyRole.MEMBER);
        member(programmeId, crossCutting, "Secrétaire de mairie de Botsorhel", codes.get(BOTSORHEL), BodyRole.MEMBER);

        Map<Long, MeetingPresence> all = new HashMap<>();
        for (MemberView m : List.of(coordinator, leader, plougonven, botsorhel, secretary)) {
            all.put(m.id(), MeetingPresence.PRESENT);
        }
        MeetingView march = governance.createMeeting(
                programmeId,
                steering.id(),
                new MeetingForm(
                        LocalDate.of(2012, 3, 9),
                        "14:00",
                        PLACE,
                        "1. Présentation de l’étude de mutualisation et du recensement du parc informatique\n"
                                + "2. Désignation du coordonnateur du marché et du responsable de groupe\n"
                                + "3. Lancement du marché groupé de matériel informatique",
                        "Le cabinet présente la synthèse du recensement : le parc des communes répondantes, son âge"
                                + " et les systèmes d’exploitation à renouveler (Windows XP).\n"
                                + "Morlaix Communauté est désignée coordonnateur du marché ; la Ville de Morlaix"
                                + " prend la responsabilité du groupe.\n"
                                + "Le comité décide de lancer un marché groupé de matériel informatique.",
                        MeetingStatus.HELD,
                        all,
                        null),
                LOADER);
        Map<Long, MeetingPresence> may = new HashMap<>(all);
        may.put(botsorhel.id(), MeetingPresence.EXCUSED);
        MeetingView mayMeeting = governance.createMeeting(
                programmeId,
                steering.id(),
                new MeetingForm(
                        LocalDate.of(2012, 5, 18),
                        "14:00",
                        PLACE,
                        "1. Scénarios de mutualisation et économies attendues\n"
                                + "2. Choix du mode de passation\n"
                                + "3. Calendrier de renouvellement des postes",
                        "Le cabinet présente les quatre scénarios et les économies attendues par collectivité.\n"
                                + "Le comité retient le groupement de commandes coordonné par Morlaix Communauté ;"
                                + " le calendrier de renouvellement est ajourné au prochain comité, après le"
                                + " recensement des fins de contrats.",
                        MeetingStatus.HELD,
                        may,
                        null),
                LOADER);

        Long action = hardwareAction(programmeId);
        decide(programmeId, steering, march, LocalDate.of(2012, 3, 9), LAUNCH, action, DecisionStatus.ADOPTED);
        decide(
                programmeId,
                steering,
                mayMeeting,
                LocalDate.of(2012, 5, 18),
                "Choix du groupement de commandes coordonné par Morlaix Communauté",
                action,
                DecisionStatus.ADOPTED);
        decide(
                programmeId,
                steering,
                mayMeeting,
                LocalDate.of(2012, 5, 18),
                "Calendrier de renouvellement des postes 2012–2015",
                action,
                DecisionStatus.ADJOURNED);
    }

    private MemberView member(
            long programmeId, BodyView body, String name, @Nullable Long collectivity, BodyRole role) {
        return governance.addMember(
                programmeId, body.id(), new MemberForm(null, name, null, collectivity, role), LOADER);
    }

    private void decide(
            long programmeId,
            BodyView body,
            MeetingView meeting,
            LocalDate on,
            String text,
            @Nullable Long action,
            DecisionStatus status) {
        governance.createDecision(
                programmeId, new DecisionForm(body.id(), meeting.id(), on, text, action, status), LOADER);
    }

    private @Nullable Long hardwareAction(long programmeId) {
        return governance.actions(programmeId, LOADER).stream()
                .filter(a -> a.label().toLowerCase(Locale.ROOT).contains("matériel informatique"))
                .map(GovernanceChoice::id)
                .findFirst()
                .orElse(null);
    }
}
