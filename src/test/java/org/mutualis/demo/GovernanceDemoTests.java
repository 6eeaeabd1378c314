package org.mutualis.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.Campaigns;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.procurement.ProcurementFixture;
import org.mutualis.programme.BodyKind;
import org.mutualis.programme.BodyView;
import org.mutualis.programme.DecisionStatus;
import org.mutualis.programme.DecisionView;
import org.mutualis.programme.Governance;
import org.mutualis.programme.GovernanceTestData;
import org.mutualis.programme.MeetingStatus;
import org.mutualis.programme.MeetingView;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo programme's governance: its two bodies, the two meetings of 2012 and their decisions, loaded once. */
@MutualisDbTest
class GovernanceDemoTests {

    @Autowired
    GovernanceDemo demo;

    @Autowired
    Governance governance;

    @Autowired
    Territories territories;

    @Autowired
    Campaigns campaigns;

    @Autowired
    AnswerFiles files;

    @Autowired
    org.mutualis.programme.Programmes programmes;

    @Test
    void theSteeringCommitteeMetTwiceIn2012AndLaunchedTheHardwareProcurement() {
        var t = ProcurementFixture.territory(territories, campaigns, files);
        long programme =
                GovernanceTestData.programme(programmes, t.territory().id(), "Programme de mutualisation 2012–2015");
        long hardware =
                GovernanceTestData.action(programmes, programme, "Marché groupé de matériel informatique", null);

        demo.load(programme);
        demo.load(programme);

        var reader = TestUsers.someone(Role.ELECTED);
        assertThat(governance.bodies(programme, reader))
                .extracting(BodyView::kind)
                .containsExactly(BodyKind.STEERING_COMMITTEE, BodyKind.CROSS_CUTTING_GROUP);
        BodyView steering = governance.bodies(programme, reader).get(0);
        assertThat(steering.name()).isEqualTo(GovernanceDemo.STEERING);
        assertThat(steering.gaps()).isEmpty();
        assertThat(steering.members())
                .anySatisfy(m -> assertThat(m.collectivityName()).isEqualTo("CA Morlaix Communauté"));

        assertThat(governance.meetings(programme))
                .extracting(m -> m.heldAt().toLocalDate(), MeetingView::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2012, 3, 9), MeetingStatus.HELD),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2012, 5, 18), MeetingStatus.HELD));
        assertThat(governance.meetings(programme).get(0).count().quorum()).isTrue();

        assertThat(governance.decisions(programme)).hasSize(3);
        DecisionView launch = governance.decisions(programme).get(0);
        assertThat(launch.text()).isEqualTo(GovernanceDemo.LAUNCH);
        assertThat(launch.actionId()).isEqualTo(hardware);
        assertThat(launch.status()).isEqualTo(DecisionStatus.ADOPTED);
    }
}
