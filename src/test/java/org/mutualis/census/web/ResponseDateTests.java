package org.mutualis.census.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mutualis.StudyCodes.MORLAIX;
import static org.mutualis.identity.TestUsers.as;
import static org.mutualis.identity.TestUsers.someone;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.Campaigns;
import org.mutualis.census.CensusFixture;
import org.mutualis.identity.Role;
import org.mutualis.shared.Clocks;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;

/** The date a response page shows is the application's Clock, not the server's: a test can fix it. */
@MutualisDbTest
@AutoConfigureMockMvc
class ResponseDateTests {

    private static final Instant IMPORTED = Instant.parse("2012-06-01T08:00:00Z");

    @TestBean
    Clock clock;

    static Clock clock() {
        return Clock.fixed(IMPORTED, Clocks.ZONE);
    }

    @Autowired
    Territories territories;

    @Autowired
    Campaigns campaigns;

    @Autowired
    AnswerFiles files;

    @Autowired
    MockMvc mvc;

    @Test
    void aResponseIsDatedByTheClockAndItsPageShowsThatDate() throws Exception {
        CensusFixture.Loaded study = CensusFixture.study2012(territories, campaigns, files, false);
        long campaign = study.campaign().id();
        long morlaix = study.collectivity(MORLAIX).id();

        assertThat(campaigns.response(campaign, morlaix, CensusFixture.STAFF).updatedAt())
                .isEqualTo(IMPORTED);
        mvc.perform(get("/campaigns/{c}/responses/{m}", campaign, morlaix).with(as(someone(Role.ANALYST))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("01/06/2012")));
    }
}
