package org.mutualis.census;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.StudyCodes.BOTSORHEL;
import static org.mutualis.StudyCodes.LANNEANOU;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two people save the first answers of the same response at the same moment, each with version 0:
 * one wins, the other gets the usual « modifiée depuis que vous l’avez ouverte » (a 409), never a
 * duplicate-key error (a 500). Real threads, real transactions, on H2 and PostgreSQL.
 */
@MutualisDbTest
class FirstSaveRaceTests {

    static final int ROUNDS = 10;
    static final int WRITERS = 3;

    @Autowired
    Territories territories;

    @Autowired
    Campaigns campaigns;

    @Autowired
    AnswerFiles files;

    @Test
    void simultaneousFirstSavesGiveOneWinnerAndConflictsForTheOthers() throws Exception {
        CensusFixture.Loaded study = CensusFixture.study2012(territories, campaigns, files, false);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                CampaignSummary campaign = campaigns.open(
                        NewCampaign.of(
                                study.territory().id(),
                                "infrastructure",
                                1,
                                "Course " + round,
                                LocalDate.of(2012, 3, 1),
                                BandSettings.study2012()),
                        CensusFixture.STAFF);
                long collectivity = study.collectivity(round % 2 == 0 ? BOTSORHEL : LANNEANOU)
                        .id();
                CyclicBarrier start = new CyclicBarrier(WRITERS);
                List<Future<String>> outcomes = new ArrayList<>();
                for (int w = 0; w < WRITERS; w++) {
                    CurrentUser writer = new CurrentUser(1000 + w, "analyste" + w, "Analyste " + w, Role.ANALYST, null);
                    String desktops = String.valueOf(10 + w);
                    outcomes.add(pool.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        try {
                            campaigns.save(
                                    campaign.id(),
                                    collectivity,
                                    new AnswerSubmission(Map.of("desktops_excl_schools", desktops), null, 0),
                                    writer);
                            return "saved";
                        } catch (ConcurrentEditException e) {
                            return "conflict";
                        }
                    }));
                }
                List<String> results = new ArrayList<>();
                for (Future<String> outcome : outcomes) {
                    // Anything else (a DuplicateKeyException: a 500) fails the test here.
                    results.add(outcome.get(60, TimeUnit.SECONDS));
                }
                assertThat(results).as("round %d", round).containsOnlyOnce("saved");
                assertThat(results.stream().filter("conflict"::equals)).hasSize(WRITERS - 1);
                ResponseView saved = campaigns.response(campaign.id(), collectivity, CensusFixture.STAFF);
                assertThat(saved.version()).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
