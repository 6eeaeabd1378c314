package org.mutualis.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.StudyCodes.MORLAIX;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.analysis.CampaignSyntheses;
import org.mutualis.analysis.Figures;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.Campaigns;
import org.mutualis.census.CensusFixture;
import org.mutualis.portal.HandlerRoutes.Route;
import org.mutualis.portal.RouteCalls.Outcome;
import org.mutualis.portal.RouteWorld.Persona;
import org.mutualis.territory.AnswerPolicy;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import tools.jackson.databind.json.JsonMapper;

/**
 * The confidentiality rule checked on every route (docs/confidentiality.md): distinctive answers
 * are planted in other collectivités' responses of the 2012 territory ({@link RouteWorld}), then
 * every GET route of the application — pages and API, every figure id of every synthesis, the
 * exports in CSV and the workbooks unzipped — is asked as a correspondent, and no planted value
 * (nor the name of a collectivité whose NC or exclusion would point at it) may be in the body.
 * The territory is confidential (the default); with the shared policy, a correspondent of another
 * EPCI still sees none of it, while the members' correspondents do (the walk can see a leak).
 */
@MutualisDbTest
@AutoConfigureMockMvc
class ConfidentialityWalkTests {

    /** Morlaix: a stratum of its own (≥ 5 000 inhabitants), the study's single-respondent case. */
    static final String MORLAIX_DESKTOPS = "7919";

    static final String MORLAIX_LAPTOPS = "6133";
    static final String MORLAIX_COST = "4817.37";
    static final String MORLAIX_COMMENT = "commentaire-secret-6197";
    /** The EPCI administration: its own stratum too. */
    static final String EPCI_DESKTOPS = "5479";
    /** Locquirec, in the 1 000 – 4 999 stratum: a maximum that is its answer. */
    static final String LOCQUIREC_LAPTOP_COST = "2963.41";
    /** Taulé: an exclusion whose reason tells its answer. */
    static final String TAULE_REASON = "raison-secrete-8423";
    /** Guerlesquin answers NC to the desktops: the synthesis must not name it to a correspondent. */
    static final String GUERLESQUIN = "Guerlesquin";

    static final String GUERLESQUIN_CODE = "29067";

    static final List<String> VALUES = List.of(
            MORLAIX_DESKTOPS,
            MORLAIX_LAPTOPS,
            MORLAIX_COST,
            MORLAIX_COMMENT,
            EPCI_DESKTOPS,
            LOCQUIREC_LAPTOP_COST,
            TAULE_REASON);

    private static final Pattern DIGIT_GROUP = Pattern.compile("(?<=\\d)[ \\u00a0\\u202f\\u2009](?=\\d{3}(?!\\d))");
    private static final Pattern CSRF_TOKEN = Pattern.compile("(name=\"_csrf\" (?:value|content)=\")[^\"]*(?=\")");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("(?<=\\d),(?=\\d)");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JsonMapper json;

    @Autowired
    Territories territories;

    @Autowired
    Campaigns campaigns;

    @Autowired
    AnswerFiles files;

    @Autowired
    CampaignSyntheses syntheses;

    RouteWorld world;

    @BeforeEach
    void plant() {
        world = RouteWorld.build(context);
        String header = "code,name,desktops_excl_schools,laptops_excl_schools,os_xp,os_vista,os_7,os_windows_ce,"
                + "os_other_open_source,office_2003_or_older,office_2007,office_2010,openoffice,avg_lifespan_years,"
                + "avg_cost_desktop_eur_ht,avg_cost_laptop_eur_ht,maintenance_contract,comment\n";
        String rows = MORLAIX + ",Morlaix," + MORLAIX_DESKTOPS + "," + MORLAIX_LAPTOPS
                + ",140,0,0,0,0,152,0,0,152,5," + MORLAIX_COST + ",NC,yes," + MORLAIX_COMMENT + "\n"
                + "242900835,Morlaix Communauté," + EPCI_DESKTOPS + ",30,44,0,4,0,0,44,0,4,0,5,700,900,yes,\n"
                + "29133,Locquirec,7,1,5,0,3,0,0,4,0,3,0,8,903.83," + LOCQUIREC_LAPTOP_COST + ",no,\n"
                + GUERLESQUIN_CODE + "," + GUERLESQUIN + ",NC,2,8,0,1,0,0,4,1,0,0,6,700,NC,no,\n";
        files.importAnswers(
                world.campaign.id(),
                "planted.csv",
                new ByteArrayInputStream((header + rows).getBytes(StandardCharsets.UTF_8)),
                true, // over the fixture's validated answers
                CensusFixture.STAFF);
        campaigns.exclude(world.campaign.id(), world.t1.id("29279"), "os_7", TAULE_REASON, CensusFixture.STAFF);
    }

    @Test
    void aCorrespondentOfAConfidentialTerritoryFindsNoOtherCollectivitysAnswerOnAnyRoute() {
        assertThat(territories.find(world.t1.territory().id()).orElseThrow().answerPolicy())
                .isEqualTo(AnswerPolicy.CONFIDENTIAL);
        assertTheWalkCanSeeThePlantedValues(Persona.ADMIN);
        List<String> leaks = new ArrayList<>();
        for (Persona persona :
                List.of(Persona.CORRESPONDENT_OWN, Persona.CORRESPONDENT_NEIGHBOUR, Persona.CORRESPONDENT_OTHER_EPCI)) {
            leaks.addAll(walk(persona, true));
        }
        assertThat(leaks)
                .as("other collectivités' answers seen by a correspondent")
                .isEmpty();
    }

    @Test
    void withTheSharedPolicyMembersSeeEachOthersAnswersAndAnotherEpciStillNothing() {
        territories.changeAnswerPolicy(world.t1.territory().id(), AnswerPolicy.SHARED);
        assertTheWalkCanSeeThePlantedValues(Persona.CORRESPONDENT_OWN);
        assertThat(walk(Persona.CORRESPONDENT_OTHER_EPCI, true))
                .as("a correspondent of another EPCI")
                .isEmpty();
    }

    /** A planted value is found as a value, not by chance inside a CSRF token or a longer number. */
    @Test
    void aValueCountsWhereItStandsAlone() {
        assertThat(shows("<td>6133</td>", "6133")).isTrue();
        assertThat(shows("{\"value\":6133,\"n\":1}", "6133")).isTrue();
        assertThat(shows("<input type=\"hidden\" name=\"_csrf\" value=\"Yt8i-6133Rc9\"/>", "6133"))
                .isFalse();
        assertThat(shows("61330 or 16133 or 6133.5 or x6133", "6133")).isFalse();
    }

    /** The walk is not blind: a reader allowed to see the planted answers finds them. */
    private void assertTheWalkCanSeeThePlantedValues(Persona persona) {
        String figure =
                "/api/campaigns/" + world.campaign.id() + "/synthesis/figures/stratum.desktops_excl_schools.band-2.raw";
        assertThat(normalised(get(persona, figure))).contains(MORLAIX_DESKTOPS);
        String max = "/api/campaigns/" + world.campaign.id() + "/synthesis/figures/mean.avg_cost_desktop_eur_ht.max";
        assertThat(normalised(get(persona, max))).contains(MORLAIX_COST);
        String exclusions = "/api/campaigns/" + world.campaign.id() + "/exclusions";
        assertThat(get(persona, exclusions)).contains(TAULE_REASON);
    }

    /** Every GET route, and every figure of both syntheses, as this persona: what leaked. */
    private List<String> walk(Persona persona, boolean names) {
        List<String> leaks = new ArrayList<>();
        int asked = 0;
        for (Route route : HandlerRoutes.all(context)) {
            if (route.method() != RequestMethod.GET
                    || route.pattern().startsWith("/territories")
                    || route.pattern().startsWith("/api/territories")) {
                // Territories are official, public data (INSEE, DGCL): every name is in them.
                if (route.method() == RequestMethod.GET) {
                    Outcome outcome = call(route, world.variables(route), persona);
                    check(route.key(), outcome, persona, false, leaks);
                    asked++;
                }
                continue;
            }
            Map<String, String> variables = world.variables(route);
            if (variables.containsKey("figureId")) {
                for (long campaign : List.of(world.campaign.id(), world.software.id())) {
                    for (String figure : figureIds(campaign)) {
                        Map<String, String> v = new java.util.HashMap<>(variables);
                        v.put("id", "" + campaign);
                        v.put("figureId", figure);
                        check(route.key() + " " + figure, call(route, v, persona), persona, names, leaks);
                        asked++;
                    }
                }
                continue;
            }
            check(route.key(), call(route, variables, persona), persona, names, leaks);
            asked++;
        }
        assertThat(asked).as("routes and figures asked").isGreaterThan(300);
        return leaks;
    }

    private Set<String> figureIds(long campaign) {
        Set<String> ids = new LinkedHashSet<>();
        Figures.all(syntheses.of(campaign).synthesis()).forEach(f -> ids.add(f.id()));
        return ids;
    }

    private Outcome call(Route route, Map<String, String> variables, Persona persona) {
        AbstractMockHttpServletRequestBuilder<?> request = RouteRequests.of(route, variables, world, json);
        if (route.pattern().endsWith("/export") || route.pattern().endsWith("/workbook")) {
            request.param("format", "csv");
        }
        return RouteCalls.call(mvc, route, request, persona, world);
    }

    private void check(String what, Outcome outcome, Persona persona, boolean names, List<String> leaks) {
        if (outcome.status() >= 500) {
            leaks.add(what + " as " + persona + ": " + outcome.describe());
            return;
        }
        String body = normalised(outcome.body());
        for (String value : VALUES) {
            if (shows(body, value)) {
                leaks.add(what + " as " + persona + " shows " + value + around(body, value));
            }
        }
        // Its code is in the territory's public lists (strata members, scenario participants):
        // what must not be there is the name beside an answer (NC, excluded, ranked…).
        if (names && body.contains(GUERLESQUIN)) {
            leaks.add(what + " as " + persona + " names Guerlesquin" + around(body, GUERLESQUIN));
        }
    }

    private String get(Persona persona, String path) {
        Route route = HandlerRoutes.all(context).stream()
                .filter(r -> r.method() == RequestMethod.GET
                        && r.pattern().equals("/api/campaigns/{id}/synthesis/figures/{figureId}"))
                .findFirst()
                .orElseThrow();
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path);
        return RouteCalls.call(mvc, route, request, persona, world).body();
    }

    /**
     * Whether the body shows this value as a value of its own: not inside a longer number or a word,
     * and never inside the page's random CSRF token (where « 6133 » may well appear by chance).
     */
    static boolean shows(String body, String value) {
        String text = CSRF_TOKEN.matcher(body).replaceAll("$1");
        return Pattern.compile("(?<![\\w.])" + Pattern.quote(value) + "(?!\\w|[.,]\\d)")
                .matcher(text)
                .find();
    }

    /** Numbers as the JSON writes them: French digit groups joined, decimal commas as points. */
    static String normalised(String body) {
        String text = DIGIT_GROUP.matcher(body).replaceAll("");
        return DECIMAL_COMMA.matcher(text).replaceAll(".");
    }

    private static String around(String body, String value) {
        int at = body.indexOf(value);
        return " … "
                + body.substring(Math.max(0, at - 120), Math.min(body.length(), at + 60))
                        .replaceAll("\\s+", " ") + " …";
    }
}
