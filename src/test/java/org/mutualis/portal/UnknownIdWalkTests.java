package org.mutualis.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.mutualis.MutualisDbTest;
import org.mutualis.portal.HandlerRoutes.Route;
import org.mutualis.portal.RouteCalls.Outcome;
import org.mutualis.portal.RouteWorld.Persona;
import org.mutualis.questionnaire.QuestionnaireVersion;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every route of the application with a path variable, asked by an administrator (so access is
 * never the reason) for something that does not exist: the answer is 404, never a 500 nor a 200;
 * on the API, an RFC 9457 problem document. Routes with several variables are asked once with
 * all of them unknown, then once per variable with only that one unknown and the others real.
 * The routes come from the handler mappings: a new route is walked without anyone listing it.
 */
@MutualisDbTest
@AutoConfigureMockMvc
class UnknownIdWalkTests {

    static final String UNKNOWN_NUMBER = "987654321";
    static final String UNKNOWN_CODE = "inconnu-987654321";

    /**
     * Routes that cannot answer 404 for an unknown value, with the reason. Kept empty on purpose:
     * every path variable of Mutualis today is a lookup key (an id, a theme, a question code, an
     * invitation token), so each one must be able to say "not found".
     */
    static final Map<String, String> EXCLUDED = Map.of();

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JsonMapper json;

    RouteWorld world;

    @BeforeEach
    void world() {
        world = RouteWorld.build(context);
    }

    @TestFactory
    Stream<DynamicTest> everyGetRouteWithAnUnknownIdAnswers404() {
        return walk(r -> r.method() == RequestMethod.GET);
    }

    /** POST as the brief of the walk says, and PUT and DELETE with them: every write with an id. */
    @TestFactory
    Stream<DynamicTest> everyWriteRouteWithAnUnknownIdAnswers404() {
        return walk(r -> r.method() == RequestMethod.POST
                || r.method() == RequestMethod.PUT
                || r.method() == RequestMethod.DELETE);
    }

    private Stream<DynamicTest> walk(Predicate<Route> methods) {
        List<Route> routes = HandlerRoutes.all(context).stream()
                .filter(methods)
                .filter(r -> !r.variables().isEmpty())
                .filter(r -> !EXCLUDED.containsKey(r.key()))
                .toList();
        assertThat(routes).as("routes with a path variable").isNotEmpty();
        List<DynamicTest> tests = new ArrayList<>();
        for (Route route : routes) {
            tests.add(dynamicTest(route.key(), () -> check(route, null)));
            if (route.variables().size() > 1) {
                for (String variable : route.variables().keySet()) {
                    tests.add(dynamicTest(
                            route.key() + " (only {" + variable + "} unknown)", () -> check(route, variable)));
                }
            }
        }
        return tests.stream();
    }

    /** @param onlyUnknown the one variable to make unknown, the others real; null: all unknown */
    private void check(Route route, String onlyUnknown) {
        Map<String, String> values = onlyUnknown == null ? new HashMap<>() : new HashMap<>(world.variables(route));
        if ("code".equals(onlyUnknown)) {
            // A published version refuses every change before looking the question up: ask a draft.
            QuestionnaireVersion draft = world.questionnaireDraft();
            values.put("theme", draft.theme());
            values.put("version", "" + draft.version());
        }
        route.variables().forEach((name, type) -> {
            if (onlyUnknown == null || onlyUnknown.equals(name)) {
                values.put(name, unknown(type));
            }
        });
        Outcome outcome =
                RouteCalls.call(mvc, route, RouteRequests.of(route, values, world, json), Persona.ADMIN, world);
        assertThat(outcome.status())
                .as("%s with %s as administrator: expected 404, got %s", route.key(), values, outcome.describe())
                .isEqualTo(404);
        // The inventory agents' endpoint answers an unknown address 404 in the agent's own protocol (the XML
        // or JSON reply the agent reads and logs), not a problem document no agent understands.
        if (route.api() && !route.key().equals("POST /api/inventory/agent/{enrolmentToken}")) {
            assertProblem(route, outcome);
        }
    }

    private void assertProblem(Route route, Outcome outcome) {
        assertThat(outcome.contentType())
                .as("%s: a problem document (application/problem+json), got %s", route.key(), outcome.describe())
                .isNotNull();
        assertThat(MediaType.parseMediaType(outcome.contentType()).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as("%s: a problem document (application/problem+json), got %s", route.key(), outcome.describe())
                .isTrue();
        JsonNode problem = json.readTree(outcome.body());
        assertThat(problem.path("status").asInt())
                .as("%s: the problem's status", route.key())
                .isEqualTo(404);
        assertThat(problem.path("title").asString(""))
                .as("%s: the problem's title", route.key())
                .isNotBlank();
    }

    static String unknown(Class<?> type) {
        boolean numeric =
                type == long.class || type == int.class || type == short.class || Number.class.isAssignableFrom(type);
        return numeric ? UNKNOWN_NUMBER : UNKNOWN_CODE;
    }
}
