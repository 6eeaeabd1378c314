package org.mutualis.procurement.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mutualis.StudyCodes.BOTSORHEL;
import static org.mutualis.StudyCodes.PLOUGONVEN;
import static org.mutualis.identity.TestUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.Campaigns;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.procurement.ProcurementFixture;
import org.mutualis.procurement.ProcurementForm;
import org.mutualis.procurement.Procurements;
import org.mutualis.procurement.domain.Milestones;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The study's plan on the timeline: hardware in 2012, printing 2012–2013, telephony 2012–2015 in
 * two phases; on screen, on paper and through the API.
 */
@MutualisDbTest
@AutoConfigureMockMvc
class CalendarViewTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Procurements procurements;

    @Autowired
    Territories territories;

    @Autowired
    Campaigns campaigns;

    @Autowired
    AnswerFiles files;

    @Autowired
    Accounts accounts;

    ProcurementFixture.Loaded t;
    CurrentUser elected;

    @BeforeEach
    void studyPlan() {
        t = ProcurementFixture.territory(territories, campaigns, files);
        elected = TestUsers.create(accounts, Role.ELECTED);
        CurrentUser staff = new CurrentUser(0, "staff", "Staff", Role.ANALYST, null);

        ProcurementFixture.Builder hardware = ProcurementFixture.framework(t);
        hardware.subject = "Matériel informatique";
        hardware.duration = 12;
        hardware.milestones = new Milestones(
                LocalDate.of(2012, 1, 15),
                null,
                LocalDate.of(2012, 3, 1),
                LocalDate.of(2012, 4, 15),
                null,
                LocalDate.of(2012, 5, 1),
                LocalDate.of(2012, 12, 31));
        hardware.members.removeIf(m -> m.collectivityId() == t.id(BOTSORHEL));
        procurements.create(hardware.form(), staff);

        ProcurementFixture.Builder printing = ProcurementFixture.group(t);
        printing.subject = "Impression et copieurs";
        printing.theme = "PRINTING";
        printing.members.set(1, new ProcurementForm.MemberLine(t.id(BOTSORHEL), null, null, LocalDate.of(2012, 2, 20)));
        printing.milestones = new Milestones(
                LocalDate.of(2012, 2, 1),
                LocalDate.of(2012, 2, 15),
                LocalDate.of(2012, 4, 1),
                LocalDate.of(2012, 6, 1),
                null,
                LocalDate.of(2012, 9, 1),
                LocalDate.of(2013, 12, 31));
        printing.lots.set(1, new ProcurementForm.LotLine("Maintenance", new BigDecimal("10000")));
        procurements.create(printing.form(), staff);

        ProcurementFixture.Builder telephony = ProcurementFixture.group(t);
        telephony.subject = "Téléphonie fixe et mobile";
        procurements.create(telephony.form(), staff);
    }

    @Test
    void theTimelineShowsEveryProcurementOverTheYearsWithPhaseTwo() throws Exception {
        mvc.perform(get("/procurements/calendar")
                        .param("territory", "" + t.territory().id())
                        .with(as(elected)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Calendrier des marchés groupés")))
                .andExpect(content().string(containsString("Frise des marchés groupés de 2012 à 2015")))
                .andExpect(content().string(containsString("<span>2012</span>")))
                .andExpect(content().string(containsString("<span>2015</span>")))
                .andExpect(content().string(not(containsString("<span>2016</span>"))))
                .andExpect(content().string(containsString("Matériel informatique")))
                .andExpect(content().string(containsString("Impression et copieurs")))
                .andExpect(content().string(containsString("Téléphonie fixe et mobile")))
                // Telephony: from its needs census (10/01/2012, day 9 of 1461) to its end.
                .andExpect(content().string(containsString("left:0.616%")))
                .andExpect(content().string(containsString("title=\"Publication : 01/04/2012\"")))
                .andExpect(content().string(containsString("class=\"timeline-phase2\"")))
                .andExpect(content().string(containsString("Phase 2 : 1 collectivité(s), du 01/01/2014 au 01/01/2014")))
                .andExpect(content().string(containsString("Pas de phase 2")))
                .andExpect(content().string(containsString("Imprimer")))
                .andExpect(content().string(containsString("/css/procurement-calendar.css")));
    }

    @Test
    void theCalendarSpeaksTheReadersLanguage() throws Exception {
        mvc.perform(get("/procurements/calendar")
                        .param("territory", "" + t.territory().id())
                        .param("lang", "en")
                        .with(as(elected)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Calendar of group procurements")))
                .andExpect(
                        content().string(containsString("Phase 2: 1 collectivité(s), from 01/01/2014 to 01/01/2014")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void theCalendarPrintsWithoutTheNavigation() throws Exception {
        mvc.perform(get("/css/procurement-calendar.css"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("@media print")))
                .andExpect(content().string(containsString(".site-header")));
    }

    @Test
    void theApiGivesTheSameCalendar() throws Exception {
        String token = accounts.issueToken(elected.id(), "test").secret();
        mvc.perform(get("/api/procurements/calendar")
                        .param("territory", "" + t.territory().id())
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fromYear").value(2012))
                .andExpect(jsonPath("$.toYear").value(2015))
                .andExpect(jsonPath("$.entries[0].subject").value("Téléphonie fixe et mobile"))
                .andExpect(jsonPath("$.entries[0].phase2Members").value(1))
                .andExpect(jsonPath("$.entries[0].phase2From").value("2014-01-01"))
                .andExpect(jsonPath("$.entries[1].subject").value("Matériel informatique"))
                .andExpect(jsonPath("$.entries[1].to").value("2012-12-31"))
                .andExpect(jsonPath("$.entries[2].subject").value("Impression et copieurs"))
                .andExpect(jsonPath("$.entries[2].milestones[0].key").value("needsCensus"));
    }

    @Test
    void aCorrespondentSeesOnlyItsCollectivitysProcurementsOnTheCalendar() throws Exception {
        CurrentUser botsorhel = new CurrentUser(77, "botsorhel", "B", Role.CORRESPONDENT, t.id(BOTSORHEL));
        CurrentUser plougonven = new CurrentUser(78, "plougonven", "P", Role.CORRESPONDENT, t.id(PLOUGONVEN));
        mvc.perform(get("/procurements/calendar").with(as(botsorhel)))
                .andExpect(content().string(containsString("Téléphonie fixe et mobile")))
                .andExpect(content().string(not(containsString("Matériel informatique"))));
        mvc.perform(get("/procurements/calendar").with(as(plougonven)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aucun marché groupé sur ce territoire")))
                .andExpect(content().string(not(containsString("Téléphonie fixe et mobile"))));
    }
}
