package org.mutualis.analysis.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.identity.TestUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.StatementCounter;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.Campaigns;
import org.mutualis.census.CensusFixture;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The follow-up page reads its campaign once, with its counts and its page of collectivités still
 * expected, in one transaction: on PostgreSQL each extra reading of the campaign was a transaction
 * of its own (four round trips) on every view of the page.
 */
@MutualisDbTest
@AutoConfigureMockMvc
@Import(StatementCounter.Wrapping.class)
class FollowUpStatementsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Territories territories;

    @Autowired
    Campaigns campaigns;

    @Autowired
    AnswerFiles files;

    @Autowired
    Accounts accounts;

    @Test
    void theFollowUpReadsItsCampaignOnce() throws Exception {
        long campaign = CensusFixture.study2012(territories, campaigns, files, false)
                .campaign()
                .id();
        var analyst = as(TestUsers.create(accounts, Role.ANALYST, null));
        mvc.perform(get("/campaigns/{id}/follow-up", campaign).with(analyst)).andExpect(status().isOk());

        List<String> statements =
                StatementCounter.statements(() -> mvc.perform(get("/campaigns/{id}/follow-up", campaign)
                                .param("q", "plou")
                                .with(analyst))
                        .andExpect(status().isOk()));

        long themeReads = statements.stream()
                .map(sql -> sql.toLowerCase(Locale.ROOT))
                .filter(sql -> sql.contains("from campaign_theme"))
                .count();
        assertThat(themeReads).as(String.join("\n", statements)).isEqualTo(1);
    }
}
