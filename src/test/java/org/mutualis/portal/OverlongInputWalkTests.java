package org.mutualis.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.mutualis.StudyCodes.BOTSORHEL;
import static org.mutualis.identity.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.mutualis.MutualisDbTest;
import org.mutualis.census.Campaigns;
import org.mutualis.census.CensusFixture;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.portal.HandlerRoutes.Route;
import org.mutualis.portal.RouteCalls.Outcome;
import org.mutualis.portal.RouteWorld.Persona;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every write route of the application, every field it reads (the form records' components, the
 * request parameters, every leaf of the JSON body, read from the handler's signature), filled in
 * turn with a 5,000-character text and a 23-digit number, then left out, the other fields valid and
 * the version current, as an administrator: the answer is never a 500 (a database error, an overflow, a
 * hashing library's limit). Then every text field at once. The routes and fields come from the
 * handler mappings: a new form or field is walked without anyone listing it.
 */
@MutualisDbTest
@AutoConfigureMockMvc
class OverlongInputWalkTests {

    static final String LONG_TEXT = long5000();
    static final String HUGE = "12345678901234567890123";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final String PARAM = "param ";
    private static final String JSON = "json ";
    private static final String CONTAINER = "json object or list ";

    /** Fields never attacked together (they only say which row and which version). */
    private static final List<String> PINNED = List.of("version", "current", "action");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JsonMapper json;

    @Autowired
    Campaigns campaigns;

    @Autowired
    Accounts accounts;

    RouteWorld world;

    @BeforeEach
    void world() {
        world = RouteWorld.build(context);
    }

    @TestFactory
    Stream<DynamicTest> noWriteRouteAnswers500ToOverlongTextHugeNumbersOrMissingFields() {
        List<Route> routes = HandlerRoutes.all(context).stream()
                .filter(r -> r.method() == RequestMethod.POST
                        || r.method() == RequestMethod.PUT
                        || r.method() == RequestMethod.PATCH)
                .filter(r -> !takesAFile(r))
                .toList();
        assertThat(routes).isNotEmpty();
        return routes.stream().map(route -> dynamicTest(route.key(), () -> walk(route)));
    }

    private void walk(Route route) {
        List<String> failures = new ArrayList<>();
        Base first = base(route);
        // What the valid request answers: a 2xx or 3xx means the fields below reach the database.
        Outcome valid = RouteCalls.call(mvc, route, base(route).request(route, json), Persona.ADMIN, world);
        System.out.println("[limits walk] " + route.key() + " valid request → " + valid.describe()
                + (valid.status() >= 400 || valid.status() == 200 ? " " + problemsIn(valid.body()) : ""));
        List<String> fields = new ArrayList<>();
        first.params.keySet().forEach(k -> fields.add(PARAM + k));
        if (first.json != null) {
            leaves(first.json, "").forEach(k -> fields.add(JSON + k));
            // Objects and lists may be left out too: {"version": 0} without its "answers".
            containers(first.json, "").forEach(k -> fields.add(CONTAINER + k));
        }
        for (String field : fields) {
            if (field.equals(PARAM + "action")) {
                continue;
            }
            for (Attack attack : Attack.values()) {
                if (field.startsWith(CONTAINER) && attack != Attack.MISSING) {
                    continue;
                }
                Base base = base(route);
                if (attack == Attack.MISSING) {
                    if (field.startsWith(CONTAINER)) {
                        remove(base.json, field.substring(CONTAINER.length()));
                    } else if (field.startsWith(JSON)) {
                        remove(base.json, field.substring(JSON.length()));
                    } else {
                        base.params.remove(field.substring(PARAM.length()));
                    }
                } else if (field.startsWith(JSON)) {
                    String path = field.substring(JSON.length());
                    set(
                            base.json,
                            path,
                            switch (attack) {
                                case LONG -> NODES.stringNode(LONG_TEXT);
                                case HUGE -> NODES.numberNode(new BigInteger(HUGE));
                                case HUGE_TEXT -> NODES.stringNode(HUGE);
                                case MISSING -> throw new IllegalStateException();
                            });
                } else if (attack == Attack.HUGE_TEXT) {
                    continue;
                } else {
                    base.params.put(field.substring(PARAM.length()), attack == Attack.LONG ? LONG_TEXT : HUGE);
                }
                check(route, base, field + " = " + attack, failures);
            }
        }
        // Every text at once: a form whose fields are all too long lists them all.
        Base all = base(route);
        if (all.json != null) {
            for (String field : leaves(all.json, "")) {
                if (!PINNED.contains(last(field)) && node(all.json, field).isString()) {
                    set(all.json, field, NODES.stringNode(LONG_TEXT));
                }
            }
        }
        all.params.replaceAll((k, v) -> PINNED.contains(k) || isNumber(v) ? v : LONG_TEXT);
        check(route, all, "every text field too long", failures);
        assertThat(failures).as("%s answered 500", route.key()).isEmpty();
    }

    private void check(Route route, Base base, String what, List<String> failures) {
        Outcome outcome;
        if (route.key().equals("POST /account/password")) {
            // One's own password: a fresh account, so that a change is real and harms no one else.
            CurrentUser someone = TestUsers.create(accounts, Role.ELECTED);
            base.params.put("current", TestUsers.PASSWORD);
            outcome = direct(base.request(route, json).with(as(someone)).with(csrf()));
        } else {
            outcome = RouteCalls.call(mvc, route, base.request(route, json), Persona.ADMIN, world);
        }
        if (outcome.status() >= 500) {
            failures.add(what + " → " + outcome.describe());
        }
    }

    private Outcome direct(AbstractMockHttpServletRequestBuilder<?> request) {
        try {
            var response = mvc.perform(request).andReturn().getResponse();
            return new Outcome(
                    response.getStatus(),
                    response.getRedirectedUrl(),
                    response.getContentType(),
                    response.getContentAsString(StandardCharsets.UTF_8),
                    null);
        } catch (Exception e) {
            Throwable cause = e;
            while (cause instanceof jakarta.servlet.ServletException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            return new Outcome(500, null, null, "", cause);
        }
    }

    /** The refusal's messages, for the walk's report of which valid requests were not. */
    private static String problemsIn(String body) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "\"message\":\"([^\"]*)\"|\"detail\":\"([^\"]*)\"|class=\"field-error\"[^>]*>([^<]+)<|role=\"alert\"[^>]*>\\s*([^<]+)<")
                .matcher(body);
        List<String> found = new ArrayList<>();
        while (m.find() && found.size() < 4) {
            for (int g = 1; g <= 4; g++) {
                if (m.group(g) != null) {
                    found.add(m.group(g).strip());
                }
            }
        }
        return found.toString();
    }

    enum Attack {
        LONG,
        HUGE,
        /** JSON only: the number written as a string, as forms send it. */
        HUGE_TEXT,
        /** The field left out, as a client that forgets it: a refusal, never a NullPointerException. */
        MISSING
    }

    /** One request: its address, its parameters (a page) or its body (the API). */
    static final class Base {
        final String uri;
        final Map<String, String> params;
        final @Nullable ObjectNode json;
        final @Nullable ArrayNode jsonArray;

        Base(String uri, Map<String, String> params, @Nullable ObjectNode json, @Nullable ArrayNode jsonArray) {
            this.uri = uri;
            this.params = params;
            this.json = json;
            this.jsonArray = jsonArray;
        }

        AbstractMockHttpServletRequestBuilder<?> request(Route route, JsonMapper mapper) {
            AbstractMockHttpServletRequestBuilder<?> r = MockMvcRequestBuilders.request(
                    HttpMethod.valueOf(route.method().name()), uri);
            params.forEach(r::param);
            if (json != null) {
                JsonNode body = jsonArray != null ? wrap(jsonArray, json) : json;
                r.contentType(MediaType.APPLICATION_JSON).content(mapper.writeValueAsString(body));
            }
            return r;
        }

        private static JsonNode wrap(ArrayNode array, ObjectNode element) {
            ArrayNode out = NODES.arrayNode();
            out.add(element);
            return out;
        }
    }

    /**
     * The route's request made valid: the route walks' well-formed request, its refusals undone (a
     * current version, names that are not blank), and every field the handler reads filled in.
     */
    private Base base(Route route) {
        Map<String, String> variables = variables(route);
        MockHttpServletRequest built =
                RouteRequests.of(route, variables, world, json).buildRequest(new MockServletContext());
        Map<String, String> params = new LinkedHashMap<>();
        built.getParameterMap().forEach((k, v) -> params.put(k, v.length == 0 ? "" : v[0]));
        ObjectNode body = null;
        ArrayNode array = null;
        Class<?> bodyType = null;
        Type bodyGeneric = null;
        for (MethodParameter parameter : route.handler().getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                bodyType = parameter.getParameterType();
                bodyGeneric = parameter.getGenericParameterType();
            }
        }
        if (bodyType != null) {
            String content = built.getContentAsByteArray() == null
                    ? null
                    : new String(built.getContentAsByteArray(), StandardCharsets.UTF_8);
            JsonNode given = content == null || content.isBlank() ? null : json.readTree(content);
            if (Collection.class.isAssignableFrom(bodyType)) {
                Class<?> element = elementClass(bodyGeneric);
                array = NODES.arrayNode();
                body = (ObjectNode) generate(element, element, "");
            } else {
                JsonNode generated = generate(bodyType, bodyGeneric, "");
                body = generated instanceof ObjectNode o ? o : NODES.objectNode();
                if (given instanceof ObjectNode g) {
                    merge(body, g);
                }
            }
            fixJson(body, route);
            fixParams(params, route);
        } else {
            for (MethodParameter parameter : route.handler().getMethodParameters()) {
                formFields(parameter).forEach((name, value) -> params.putIfAbsent(name, value));
            }
            extraParams(route).forEach(params::putIfAbsent);
            fixParams(params, route);
        }
        return new Base(route.expand(variables), params, body, array);
    }

    /** Real targets, fresh where a successful write would move their version on. */
    private Map<String, String> variables(Route route) {
        Map<String, String> values = new LinkedHashMap<>(world.variables(route));
        String p = route.pattern();
        if (values.containsKey("id")) {
            if (p.startsWith("/offers/{id}") || p.startsWith("/api/offers/{id}")) {
                values.put("id", "" + world.freshOffer());
            } else if (p.startsWith("/scenarios/{id}") || p.startsWith("/api/scenarios/{id}")) {
                values.put("id", "" + world.freshScenario());
            }
        }
        if (p.contains("/questionnaires/{theme}/{version}")) {
            var draft = world.questionnaireDraft();
            values.put("theme", draft.theme());
            values.put("version", "" + draft.version());
            if (values.containsKey("code")) {
                values.put("code", "prn_printers");
            }
        }
        return values;
    }

    /** Parameters read from a map, which the signature cannot tell. */
    private static Map<String, String> extraParams(Route route) {
        return switch (route.key()) {
            case "POST /offers/items" ->
                Map.of(
                        "code", "LIM_" + SEQUENCE.incrementAndGet(),
                        "theme", "HARDWARE",
                        "label", "Article (limites)",
                        "unit", "PER_UNIT",
                        "volumeIndicator", "desktops_excl_schools",
                        "priceIndicator", "",
                        "costIndicator", "");
            case "POST /campaigns/{id}/responses/{collectivityId}" ->
                Map.of("comment", "Commentaire", "action", "save");
            default -> Map.of();
        };
    }

    private void fixParams(Map<String, String> params, Route route) {
        params.replaceAll((name, value) -> valid(name, value, route));
    }

    private void fixJson(ObjectNode body, Route route) {
        if (route.pattern().startsWith("/api/programmes/")) {
            // A meeting's attendance is keyed by member ids, which the generated map cannot know.
            body.remove("attendance");
        }
        for (String field : leaves(body, "")) {
            JsonNode node = node(body, field);
            String value = node.isString() ? node.asString() : node.isNull() ? "" : null;
            if (value != null) {
                String fixed = valid(name(field), value, route);
                if (!fixed.equals(value)) {
                    set(body, field, NODES.stringNode(fixed));
                }
            } else if (last(field).equals("version")) {
                set(body, field, NODES.numberNode(version(route)));
            } else if (last(field).equals("itemId") && node.asLong() == 0) {
                set(body, field, NODES.numberNode(world.itemId));
            } else if (last(field).equals("territoryId") && node.asLong() == 0) {
                set(body, field, NODES.numberNode(world.t1.territory().id()));
            } else if (last(field).equals("collectivityId") && node.asLong() == 0) {
                set(body, field, NODES.numberNode(world.own));
            } else if (route.pattern().startsWith("/api/programmes/")) {
                // Programme governance: the route world's body and procurement; no other action or meeting.
                switch (last(field)) {
                    case "bodyId" -> set(body, field, NODES.numberNode(world.body));
                    case "procurementId" -> set(body, field, NODES.numberNode(world.procurement));
                    case "collectivityId" -> set(body, field, NODES.numberNode(world.own));
                    case "actionId", "meetingId", "userId" -> set(body, field, NODES.nullNode());
                    default -> {}
                }
            }
        }
    }

    /** A field's value that the service accepts, where the route walks' one is meant to be refused. */
    private String valid(String name, String value, Route route) {
        if (name.equals("version")) {
            return "" + version(route);
        }
        if (List.of("password", "confirmation", "next").contains(name)) {
            return "Un mot de passe assez long 2012";
        }
        if (route.pattern().startsWith("/programmes/") || route.pattern().startsWith("/api/programmes/")) {
            // Programme governance: the route world's body and procurement, a time, dates.
            switch (name) {
                case "bodyId" -> {
                    return "" + world.body;
                }
                case "procurementId" -> {
                    return "" + world.procurement;
                }
                case "collectivityId" -> {
                    return "" + world.own;
                }
                case "actionId", "meetingId", "userId" -> {
                    return "";
                }
                case "time" -> {
                    return "14:00";
                }
                case "date", "decidedOn", "deliberatedOn" -> {
                    return value.isBlank() ? "2012-03-09" : value;
                }
                case "text" -> {
                    return value.isBlank() || value.equals("x") ? "Texte " + SEQUENCE.incrementAndGet() : value;
                }
                default -> {}
            }
        }
        if (!value.isBlank() && !value.equals("x")) {
            return value;
        }
        int n = SEQUENCE.incrementAndGet();
        return switch (name) {
            case "name" -> "Nom (limites " + n + ")";
            case "displayName" -> "Personne " + n;
            case "username" -> "limites-" + n;
            case "email" -> "limites-" + n + "@botsorhel.example";
            case "supplier" -> "Fournisseur " + n;
            case "source" -> "NEGOTIATION";
            case "kind" -> route.pattern().contains("scenarios") ? "PURCHASING_GROUP" : value;
            case "code" -> "LIM_" + n;
            case "label", "labelFr", "labelEn", "helpFr", "title", "subject", "centralBody", "legalSource" ->
                "Texte " + n;
            case "benefits", "assumption", "advantages", "drawbacks", "reason", "statusComment", "comment" ->
                "Texte " + n;
            case "amount", "currentPrice", "estimatedAmountHt", "maximumAmountHt", "amountHt" -> "600";
            case "retainedPercent" -> "50";
            case "validFrom", "awardedOn", "censusDate", "joinedOn" -> "2012-03-01";
            case "role" -> "ANALYST";
            case "indicator" -> "os_xp";
            case "volumeIndicator" -> "desktops_excl_schools";
            case "priceIndicator", "costIndicator", "collectivityCodes" -> "";
            case "participants" -> BOTSORHEL;
            case "themes" -> route.pattern().contains("scenarios") ? "TELECOM" : "infrastructure";
            case "itemId" -> "" + world.itemId;
            case "lifespans" -> "8,5,5";
            case "thresholds" -> "1000,5000";
            case "otherLifespan" -> "5";
            default -> value;
        };
    }

    private long version(Route route) {
        if (route.pattern().contains("/responses/{collectivityId}")) {
            return campaigns
                    .response(world.campaign.id(), world.own, CensusFixture.STAFF)
                    .version();
        }
        return 0;
    }

    /** The fields of a page's form parameter, with a plain value for each. */
    private static Map<String, String> formFields(MethodParameter parameter) {
        Map<String, String> fields = new LinkedHashMap<>();
        Class<?> type = parameter.getParameterType();
        RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
        if (parameter.hasParameterAnnotation(PathVariable.class)
                || Map.class.isAssignableFrom(type)
                || MultipartFile.class.isAssignableFrom(type)
                || CurrentUser.class.isAssignableFrom(type)) {
            return fields;
        }
        if (requestParam != null || simple(type)) {
            if (requestParam == null) {
                return fields;
            }
            parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
            String name = !requestParam.name().isEmpty()
                    ? requestParam.name()
                    : !requestParam.value().isEmpty() ? requestParam.value() : parameter.getParameterName();
            fields.put(name, plain(type));
            return fields;
        }
        if (type.isRecord()) {
            recordFields(type, "", fields);
        }
        return fields;
    }

    private static void recordFields(Class<?> type, String prefix, Map<String, String> fields) {
        for (RecordComponent component : type.getRecordComponents()) {
            Class<?> c = component.getType();
            String name = prefix + component.getName();
            if (simple(c)) {
                fields.put(name, plain(c));
            } else if (List.class.isAssignableFrom(c)) {
                Class<?> element = elementClass(component.getGenericType());
                if (element != null && element.isRecord()) {
                    recordFields(element, name + "[0].", fields);
                } else {
                    fields.put(name, "x");
                }
            } else if (c.isRecord()) {
                recordFields(c, name + ".", fields);
            }
        }
    }

    /** A JSON value of the type, with every record component present. */
    private static JsonNode generate(Class<?> type, @Nullable Type generic, String path) {
        if (type.isRecord()) {
            ObjectNode object = NODES.objectNode();
            for (RecordComponent component : type.getRecordComponents()) {
                object.set(
                        component.getName(),
                        generate(component.getType(), component.getGenericType(), path + "." + component.getName()));
            }
            return object;
        }
        if (Collection.class.isAssignableFrom(type)) {
            ArrayNode array = NODES.arrayNode();
            Class<?> element = elementClass(generic);
            array.add(generate(element == null ? String.class : element, element, path + "[0]"));
            return array;
        }
        if (Map.class.isAssignableFrom(type)) {
            ObjectNode object = NODES.objectNode();
            object.put("desktops_excl_schools", "1");
            return object;
        }
        if (type == boolean.class || type == Boolean.class) {
            return NODES.booleanNode(false);
        }
        if (type == long.class || type == int.class || type == Long.class || type == Integer.class) {
            return NODES.numberNode(0);
        }
        if (type == BigDecimal.class) {
            return NODES.stringNode("60");
        }
        if (type == LocalDate.class) {
            return NODES.nullNode();
        }
        if (type.isEnum()) {
            return NODES.stringNode(type.getEnumConstants()[0].toString());
        }
        return NODES.stringNode("x");
    }

    private static void merge(ObjectNode target, ObjectNode given) {
        given.properties().forEach(e -> {
            JsonNode mine = target.get(e.getKey());
            if (mine instanceof ObjectNode m && e.getValue() instanceof ObjectNode g) {
                merge(m, g);
            } else {
                target.set(e.getKey(), e.getValue());
            }
        });
    }

    /** Paths of every value of a JSON tree: {@code offer.supplier}, {@code lots.0.title}. */
    private static List<String> leaves(JsonNode node, String prefix) {
        List<String> out = new ArrayList<>();
        if (node instanceof ObjectNode object) {
            object.properties()
                    .forEach(e -> out.addAll(
                            leaves(e.getValue(), prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey())));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                out.addAll(leaves(array.get(i), prefix + "." + i));
            }
        } else {
            out.add(prefix);
        }
        return out;
    }

    /** Paths of every object and list inside a JSON tree (not the root). */
    private static List<String> containers(JsonNode node, String prefix) {
        List<String> out = new ArrayList<>();
        if (node instanceof ObjectNode object) {
            object.properties().forEach(e -> {
                String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
                if (e.getValue().isContainer()) {
                    out.add(path);
                    out.addAll(containers(e.getValue(), path));
                }
            });
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isContainer()) {
                    out.add(prefix + "." + i);
                    out.addAll(containers(array.get(i), prefix + "." + i));
                }
            }
        }
        return out;
    }

    private static JsonNode node(JsonNode root, String path) {
        JsonNode current = root;
        for (String part : path.split("\\.")) {
            current = current.isArray() ? current.get(Integer.parseInt(part)) : current.get(part);
        }
        return current;
    }

    private static void set(JsonNode root, String path, JsonNode value) {
        String[] parts = path.split("\\.");
        JsonNode parent = root;
        for (int i = 0; i < parts.length - 1; i++) {
            parent = parent.isArray() ? parent.get(Integer.parseInt(parts[i])) : parent.get(parts[i]);
        }
        String leaf = parts[parts.length - 1];
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(leaf), value);
        } else {
            ((ObjectNode) parent).set(leaf, value);
        }
    }

    /** The field's name: an element of a list ({@code scenario.themes.0}) is named by its list. */
    private static String name(String path) {
        String[] parts = path.split("\\.");
        String leaf = parts[parts.length - 1];
        return leaf.matches("\\d+") && parts.length > 1 ? parts[parts.length - 2] : leaf;
    }

    private static void remove(JsonNode root, String path) {
        String[] parts = path.split("\\.");
        JsonNode parent = root;
        for (int i = 0; i < parts.length - 1; i++) {
            parent = parent.isArray() ? parent.get(Integer.parseInt(parts[i])) : parent.get(parts[i]);
        }
        if (parent instanceof ObjectNode object) {
            object.remove(parts[parts.length - 1]);
        } else if (parent instanceof ArrayNode array) {
            array.remove(Integer.parseInt(parts[parts.length - 1]));
        }
    }

    private static String last(String path) {
        return path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[.*", "");
    }

    private static boolean simple(Class<?> type) {
        return type.isPrimitive()
                || type.isEnum()
                || type == String.class
                || Number.class.isAssignableFrom(type)
                || type == Boolean.class
                || type == LocalDate.class;
    }

    private static String plain(Class<?> type) {
        if (type == boolean.class || type == Boolean.class) {
            return "false";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return "1";
        }
        if (type == LocalDate.class) {
            // Empty: a date left out, so that no order of dates is broken by the walk's own values.
            return "";
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0].toString();
        }
        return "x";
    }

    private static boolean isNumber(String value) {
        return value.matches("-?\\d+([.,]\\d+)?");
    }

    private static @Nullable Class<?> elementClass(@Nullable Type type) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length == 1) {
            Type argument = p.getActualTypeArguments()[0];
            if (argument instanceof Class<?> c) {
                return c;
            }
            if (argument instanceof ParameterizedType inner && inner.getRawType() instanceof Class<?> c) {
                return c;
            }
        }
        return null;
    }

    private static boolean takesAFile(Route route) {
        return Stream.of(route.handler().getMethodParameters())
                .anyMatch(p -> MultipartFile.class.isAssignableFrom(p.getParameterType()));
    }

    private static String long5000() {
        StringBuilder text = new StringBuilder();
        while (text.length() < 5000) {
            text.append("Très long texte, répété ").append(text.length()).append(' ');
        }
        return text.substring(0, 5000);
    }
}
