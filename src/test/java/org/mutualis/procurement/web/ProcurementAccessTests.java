package org.mutualis.procurement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.StudyCodes.BOTSORHEL;
import static org.mutualis.StudyCodes.MORLAIX;
import static org.mutualis.StudyCodes.PLOUGONVEN;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mutualis.MutualisDbTest;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.Campaigns;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.procurement.ProcurementFixture;
import org.mutualis.procurement.ProcurementThresholds;
import org.mutualis.procurement.ProcurementView;
import org.mutualis.procurement.Procurements;
import org.mutualis.procurement.ThresholdForm;
import org.mutualis.procurement.domain.ThresholdKind;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every page and API route of procurements, the calendar and thresholds, for every kind of
 * visitor: anonymous, administrator, analyst, correspondent of a member collectivité,
 * correspondent of another collectivité, elected official. Changes are always made on fresh data,
 * so each expected status is about access alone.
 */
@MutualisDbTest
@AutoConfigureMockMvc
class ProcurementAccessTests {

    enum Persona {
        ANONYMOUS,
        ADMIN,
        ANALYST,
        MEMBER,
        NON_MEMBER,
        ELECTED
    }

    /** Expected statuses in Persona order; 3xx is any redirection. */
    record Route(String name, Supplier<MockHttpServletRequestBuilder> request, String expected) {}

    static final AtomicInteger YEAR = new AtomicInteger(1700);
    static final CurrentUser FIXTURE_ADMIN = new CurrentUser(0, "fixture", "Fixture", Role.ADMIN, null);

    @Autowired
    MockMvc mvc;

    @Autowired
    Procurements procurements;

    @Autowired
    ProcurementThresholds thresholds;

    @Autowired
    Territories territories;

    @Autowired
    Campaigns campaigns;

    @Autowired
    AnswerFiles files;

    @Autowired
    Accounts accounts;

    @Autowired
    JsonMapper mapper;

    ProcurementFixture.Loaded t;
    ProcurementView shared;
    final Map<Persona, CurrentUser> users = new EnumMap<>(Persona.class);
    final Map<Persona, String> tokens = new EnumMap<>(Persona.class);

    @BeforeEach
    void data() {
        t = ProcurementFixture.territory(territories, campaigns, files);
        shared = procurements.create(ProcurementFixture.group(t).form(), FIXTURE_ADMIN);
        users.put(Persona.ADMIN, TestUsers.create(accounts, Role.ADMIN));
        users.put(Persona.ANALYST, TestUsers.create(accounts, Role.ANALYST));
        users.put(Persona.MEMBER, TestUsers.create(accounts, Role.CORRESPONDENT, t.id(BOTSORHEL)));
        users.put(Persona.NON_MEMBER, TestUsers.create(accounts, Role.CORRESPONDENT, t.id(PLOUGONVEN)));
        users.put(Persona.ELECTED, TestUsers.create(accounts, Role.ELECTED));
        users.forEach(
                (p, u) -> tokens.put(p, accounts.issueToken(u.id(), "test").secret()));
    }

    @ParameterizedTest
    @EnumSource(Persona.class)
    void everyRouteAnswersEachVisitorAsItShould(Persona persona) throws Exception {
        List<String> mismatches = new ArrayList<>();
        for (Route route : routes()) {
            String expected = route.expected().split(" ")[persona.ordinal()];
            MockHttpServletRequestBuilder request =
                    as(persona, route.request().get(), route.name().startsWith("API"));
            int status = mvc.perform(request).andReturn().getResponse().getStatus();
            boolean ok = expected.equals("3xx") ? status >= 300 && status < 400 : status == Integer.parseInt(expected);
            if (!ok) {
                mismatches.add(route.name() + ": expected " + expected + ", got " + status);
            }
        }
        assertThat(mismatches).isEmpty();
    }

    private List<Route> routes() {
        long territory = t.territory().id();
        long id = shared.id();
        return List.of(
                page(
                        "GET /procurements",
                        () -> get("/procurements").param("territory", "" + territory),
                        "3xx 200 200 200 200 200"),
                page("GET /procurements/{id}", () -> get("/procurements/{id}", id), "3xx 200 200 200 404 200"),
                page(
                        "GET /procurements/calendar",
                        () -> get("/procurements/calendar").param("territory", "" + territory),
                        "3xx 200 200 200 200 200"),
                page(
                        "GET /procurements/new",
                        () -> get("/procurements/new").param("territory", "" + territory),
                        "3xx 200 200 403 403 403"),
                page(
                        "GET /procurements/{id}/edit",
                        () -> get("/procurements/{id}/edit", id),
                        "3xx 200 200 403 403 403"),
                page(
                        "GET /procurements/{id}/delete",
                        () -> get("/procurements/{id}/delete", id),
                        "3xx 200 200 403 403 403"),
                page("POST /procurements", () -> formPost(post("/procurements"), territory), "3xx 3xx 3xx 403 403 403"),
                page(
                        "POST /procurements/{id}",
                        () -> {
                            ProcurementView fresh = fresh();
                            return formPost(post("/procurements/{id}", fresh.id()), territory)
                                    .param("version", "" + fresh.version());
                        },
                        "3xx 3xx 3xx 403 403 403"),
                page(
                        "POST /procurements/{id}/delete",
                        () -> post("/procurements/{id}/delete", fresh().id()),
                        "3xx 3xx 3xx 403 403 403"),
                page("GET /admin/thresholds", () -> get("/admin/thresholds"), "3xx 200 403 403 403 403"),
                page(
                        "GET /admin/thresholds/{id}/edit",
                        () -> get("/admin/thresholds/{id}/edit", freshThreshold()),
                        "3xx 200 403 403 403 403"),
                page(
                        "GET /admin/thresholds/{id}/delete",
                        () -> get("/admin/thresholds/{id}/delete", freshThreshold()),
                        "3xx 200 403 403 403 403"),
                page(
                        "POST /admin/thresholds",
                        () -> thresholdPost(post("/admin/thresholds"), YEAR.addAndGet(2)),
                        "3xx 3xx 403 403 403 403"),
                page(
                        "POST /admin/thresholds/{id}",
                        () -> {
                            int year = YEAR.addAndGet(2);
                            long th = thresholds
                                    .create(works(year), FIXTURE_ADMIN)
                                    .id();
                            return thresholdPost(post("/admin/thresholds/{id}", th), year)
                                    .param("version", "0");
                        },
                        "3xx 3xx 403 403 403 403"),
                page(
                        "POST /admin/thresholds/{id}/delete",
                        () -> post("/admin/thresholds/{id}/delete", freshThreshold()),
                        "3xx 3xx 403 403 403 403"),
                api(
                        "API GET /api/procurements",
                        () -> get("/api/procurements").param("territory", "" + territory),
                        "401 200 200 200 200 200"),
                api(
                        "API GET /api/procurements/{id}",
                        () -> get("/api/procurements/{id}", id),
                        "401 200 200 200 404 200"),
                api(
                        "API GET /api/procurements/calendar",
                        () -> get("/api/procurements/calendar").param("territory", "" + territory),
                        "401 200 200 200 200 200"),
                api(
                        "API POST /api/procurements",
                        () -> json(
                                post("/api/procurements"),
                                ProcurementFixture.group(t).form()),
                        "401 201 201 403 403 403"),
                api(
                        "API PUT /api/procurements/{id}",
                        () -> {
                            ProcurementView fresh = fresh();
                            return json(
                                            put("/api/procurements/{id}", fresh.id()),
                                            ProcurementFixture.group(t).form())
                                    .param("version", "" + fresh.version());
                        },
                        "401 200 200 403 403 403"),
                api(
                        "API DELETE /api/procurements/{id}",
                        () -> delete("/api/procurements/{id}", fresh().id()),
                        "401 204 204 403 403 403"),
                api("API GET /api/thresholds", () -> get("/api/thresholds"), "401 200 200 200 200 200"),
                api(
                        "API POST /api/thresholds",
                        () -> json(post("/api/thresholds"), works(YEAR.addAndGet(2))),
                        "401 201 403 403 403 403"),
                api(
                        "API PUT /api/thresholds/{id}",
                        () -> {
                            int year = YEAR.addAndGet(2);
                            long th = thresholds
                                    .create(works(year), FIXTURE_ADMIN)
                                    .id();
                            return json(put("/api/thresholds/{id}", th), works(year))
                                    .param("version", "0");
                        },
                        "401 200 403 403 403 403"),
                api(
                        "API DELETE /api/thresholds/{id}",
                        () -> delete("/api/thresholds/{id}", freshThreshold()),
                        "401 204 403 403 403 403"));
    }

    private ProcurementView fresh() {
        return procurements.create(ProcurementFixture.group(t).form(), FIXTURE_ADMIN);
    }

    private long freshThreshold() {
        return thresholds.create(works(YEAR.addAndGet(2)), FIXTURE_ADMIN).id();
    }

    private static ThresholdForm works(int year) {
        return new ThresholdForm(
                ThresholdKind.WORKS,
                new java.math.BigDecimal("5000000"),
                java.time.LocalDate.of(year, 1, 1),
                java.time.LocalDate.of(year, 12, 31),
                "Avis (test)");
    }

    private MockHttpServletRequestBuilder formPost(MockHttpServletRequestBuilder request, long territory) {
        ProcurementFixture.Builder b = ProcurementFixture.group(t);
        request.param("territoryId", "" + territory)
                .param("subject", b.subject)
                .param("theme", "TELECOM")
                .param("thresholdKind", "SUPPLIES_AND_SERVICES")
                .param("procedureKind", "PURCHASING_GROUP")
                .param("coordinatorId", "" + t.id(MORLAIX))
                .param("conventionSignedOn", "2012-03-01")
                .param("awardProcedure", "ADAPTED")
                .param("publicationOn", "2012-04-01")
                .param("startOn", "2012-07-01")
                .param("endOn", "2015-06-30")
                .param("lots[0].title", "Téléphonie")
                .param("lots[0].estimatedAmountHt", "150 000")
                .param("members[" + t.id(MORLAIX) + "].member", "on")
                .param("members[" + t.id(MORLAIX) + "].deliberationOn", "2012-02-15");
        return request;
    }

    private static MockHttpServletRequestBuilder thresholdPost(MockHttpServletRequestBuilder request, int year) {
        return request.param("kind", "WORKS")
                .param("amountHt", "5 000 000")
                .param("validFrom", year + "-01-01")
                .param("validUntil", year + "-12-31")
                .param("legalSource", "Avis (test)");
    }

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Object body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(mapper.writeValueAsString(body));
    }

    private MockHttpServletRequestBuilder as(Persona persona, MockHttpServletRequestBuilder request, boolean api) {
        if (persona == Persona.ANONYMOUS) {
            return api ? request : request.with(csrf());
        }
        if (api) {
            return request.header("Authorization", "Bearer " + tokens.get(persona));
        }
        return request.with(TestUsers.as(users.get(persona))).with(csrf());
    }

    private static Route page(String name, Supplier<MockHttpServletRequestBuilder> request, String expected) {
        return new Route(name, request, expected);
    }

    private static Route api(String name, Supplier<MockHttpServletRequestBuilder> request, String expected) {
        return new Route(name, request, expected);
    }
}
