package org.mutualis.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mutualis.MutualisDbTest;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.Campaigns;
import org.mutualis.census.CensusFixture;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.procurement.ProcurementThresholds;
import org.mutualis.procurement.ThresholdView;
import org.mutualis.procurement.domain.ThresholdKind;
import org.mutualis.savings.OfferView;
import org.mutualis.savings.Offers;
import org.mutualis.savings.PriceItems;
import org.mutualis.shared.text.FrenchDates;
import org.mutualis.shared.text.FrenchDecimals;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * One way to read a form: the same values typed in a page and sent to the API are accepted and
 * refused alike, with the same message for the field, in French and in English.
 */
@MutualisDbTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormParityTests {

    static final List<String> TYPED =
            List.of("12,5", "12.5", "1 234,50", "abc", "01/02/2026", "2026-02-01", "31/02/2026", "");
    static final Set<String> DECIMALS = Set.of("12,5", "12.5", "1 234,50");
    static final Set<String> DATES = Set.of("01/02/2026", "2026-02-01");
    static final Map<String, Map<String, String>> LABELS = Map.of(
            "fr",
            Map.of(
                    "amountHt", "Montant du seuil : ",
                    "amount", "Prix proposé : ",
                    "validFrom", "Début de validité : "),
            "en",
            Map.of("amountHt", "Threshold amount: ", "amount", "Offered price: ", "validFrom", "Valid from: "));

    @Autowired
    MockMvc mvc;

    @Autowired
    ProcurementThresholds thresholds;

    @Autowired
    Offers offers;

    @Autowired
    PriceItems items;

    @Autowired
    Accounts accounts;

    @Autowired
    Territories territories;

    @Autowired
    Campaigns campaigns;

    @Autowired
    AnswerFiles files;

    CurrentUser admin;
    String token;
    long territoryId;

    /** What a page or the API answered: saved or not, the field's message, every message. */
    record Outcome(
            boolean accepted,
            @Nullable String fieldMessage,
            Set<String> messages,
            @Nullable String saved) {}

    @BeforeAll
    void adminAndTerritory() {
        admin = TestUsers.create(accounts, Role.ADMIN);
        token = accounts.issueToken(admin.id(), "parity").secret();
        territoryId = CensusFixture.study2012(territories, campaigns, files, false)
                .territory()
                .id();
    }

    static Stream<Arguments> thresholdCases() {
        List<Arguments> cases = new ArrayList<>();
        for (String lang : List.of("fr", "en")) {
            for (String field : List.of("amountHt", "validFrom")) {
                for (String typed : TYPED) {
                    cases.add(Arguments.of(field, typed, lang));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{2}: threshold {0} = «{1}»")
    @MethodSource("thresholdCases")
    void aThresholdIsReadAlikeOnThePageAndInTheApi(String field, String typed, String lang) throws Exception {
        ThresholdView original = works2026();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("kind", "WORKS");
        values.put("amountHt", FrenchDecimals.format(original.amountHt()));
        values.put("validFrom", "2026-01-01");
        values.put("validUntil", "");
        values.put("legalSource", original.legalSource());
        values.put(field, typed);

        Outcome page = thresholdPage(original, values, field, lang);
        Outcome api = thresholdApi(original, values, field, lang);

        boolean readable = field.equals("amountHt") ? DECIMALS.contains(typed) : DATES.contains(typed);
        assertSame(page, api, readable);
        if (readable) {
            assertThat(page.saved()).isEqualTo(api.saved()).isEqualTo(expectedValue(field, typed));
        } else if (!typed.isEmpty() || field.equals("validFrom")) {
            // unreadable, or a required date left empty: the form's own message, in the reader's language
            assertThat(page.fieldMessage()).startsWith(LABELS.get(lang).get(field));
            assertThat(api.fieldMessage()).isEqualTo(page.fieldMessage());
        }
    }

    static Stream<Arguments> offerCases() {
        List<Arguments> cases = new ArrayList<>();
        for (String lang : List.of("fr", "en")) {
            for (String field : List.of("amount", "validFrom")) {
                for (String typed : TYPED) {
                    cases.add(Arguments.of(field, typed, lang));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{2}: offer {0} = «{1}»")
    @MethodSource("offerCases")
    void anOfferIsReadAlikeOnThePageAndInTheApi(String field, String typed, String lang) throws Exception {
        long territory = territory();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("itemId", String.valueOf(items.all().get(0).id()));
        values.put("supplier", "Parité");
        values.put("source", "NEGOTIATION");
        values.put("amount", "7,35");
        values.put("validFrom", "2012-03-01");
        values.put(field, typed);

        Outcome page = offerPage(territory, values, field, lang);
        Outcome api = offerApi(territory, values, field, lang);

        boolean readable = field.equals("amount") ? DECIMALS.contains(typed) : DATES.contains(typed);
        assertSame(page, api, readable);
        if (readable) {
            assertThat(page.saved()).isEqualTo(api.saved()).isEqualTo(expectedValue(field, typed));
        } else {
            assertThat(page.fieldMessage()).startsWith(LABELS.get(lang).get(field));
            assertThat(api.fieldMessage()).isEqualTo(page.fieldMessage());
        }
    }

    @Test
    void anApiClientAsksForEnglishWithItsAcceptLanguage() throws Exception {
        ThresholdView original = works2026();
        MockHttpServletResponse response = mvc.perform(put("/api/thresholds/{id}", original.id())
                        .param("version", String.valueOf(original.version()))
                        .header("Authorization", "Bearer " + token)
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"WORKS\",\"amountHt\":\"abc\",\"validFrom\":\"31/02/2026\","
                                + "\"legalSource\":\"x\"}"))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(422);
        List<String> messages = JsonPath.read(response.getContentAsString(), "$.problems[*].message");
        assertThat(messages)
                .containsExactlyInAnyOrder(
                        "Threshold amount: “abc” is not a number (for example 12,5 or 1 234,50).",
                        "Valid from: “31/02/2026” is not a date (DD/MM/YYYY or YYYY-MM-DD).");
    }

    @Test
    void aPageFormWithoutItsOwnErrorsNamesTheUnreadableFieldOnTheErrorPage() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/campaigns")
                        .param("territoryId", String.valueOf(territoryId))
                        .param("name", "Parité")
                        .param("themes", "infrastructure")
                        .param("censusDate", "31/02/2012")
                        .param("thresholds", "1000,5000")
                        .param("lifespans", "8,5,5")
                        .param("otherLifespan", "5,5")
                        .with(TestUsers.as(admin))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString())
                .contains("Date du recensement : « 31/02/2012 » n’est pas une date (JJ/MM/AAAA ou AAAA-MM-JJ).");
    }

    private static void assertSame(Outcome page, Outcome api, boolean readable) {
        assertThat(page.accepted()).as("page accepted").isEqualTo(readable);
        assertThat(api.accepted()).as("API accepted").isEqualTo(readable);
        assertThat(api.messages()).as("the same messages").isEqualTo(page.messages());
    }

    private static String expectedValue(String field, String typed) {
        return field.startsWith("amount")
                ? FrenchDecimals.parse(typed).stripTrailingZeros().toPlainString()
                : FrenchDates.parse(typed).toString();
    }

    private ThresholdView works2026() {
        return thresholds.all().stream()
                .filter(t -> t.kind() == ThresholdKind.WORKS && t.validFrom().getYear() == 2026)
                .findFirst()
                .orElseThrow();
    }

    private Outcome thresholdPage(ThresholdView original, Map<String, String> values, String field, String lang)
            throws Exception {
        MockHttpServletRequestBuilder request = post("/admin/thresholds/{id}", original.id())
                .param("version", String.valueOf(original.version()))
                .param("lang", lang)
                .with(TestUsers.as(admin))
                .with(csrf());
        values.forEach(request::param);
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        return pageOutcome(response, field, savedThreshold(original, field, response.getStatus() / 100 == 3));
    }

    private Outcome thresholdApi(ThresholdView original, Map<String, String> values, String field, String lang)
            throws Exception {
        ThresholdView current = works2026();
        MockHttpServletResponse response = mvc.perform(put("/api/thresholds/{id}", current.id())
                        .param("version", String.valueOf(current.version()))
                        .param("lang", lang)
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(values)))
                .andReturn()
                .getResponse();
        return apiOutcome(response, field, savedThreshold(original, field, response.getStatus() == 200));
    }

    /** The value saved, then the threshold put back as it was for the next case. */
    private @Nullable String savedThreshold(ThresholdView original, String field, boolean accepted) {
        if (!accepted) {
            return null;
        }
        ThresholdView saved = works2026();
        thresholds.update(saved.id(), original.toForm(), saved.version(), admin);
        return field.equals("amountHt")
                ? saved.amountHt().stripTrailingZeros().toPlainString()
                : saved.validFrom().toString();
    }

    private Outcome offerPage(long territory, Map<String, String> values, String field, String lang) throws Exception {
        MockHttpServletRequestBuilder request = post("/offers")
                .param("territory", String.valueOf(territory))
                .param("lang", lang)
                .with(TestUsers.as(admin))
                .with(csrf());
        values.forEach(request::param);
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        String saved = null;
        if (response.getStatus() / 100 == 3) {
            String location = String.valueOf(response.getRedirectedUrl());
            long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
            saved = savedOffer(offers.get(id, admin), field);
        }
        return pageOutcome(response, field, saved);
    }

    private Outcome offerApi(long territory, Map<String, String> values, String field, String lang) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/api/offers")
                        .param("territory", String.valueOf(territory))
                        .param("lang", lang)
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(values)))
                .andReturn()
                .getResponse();
        String saved = null;
        if (response.getStatus() == 201) {
            Number id = JsonPath.read(response.getContentAsString(), "$.id");
            saved = savedOffer(offers.get(id.longValue(), admin), field);
        }
        return apiOutcome(response, field, saved);
    }

    private static String savedOffer(OfferView offer, String field) {
        return field.equals("amount")
                ? offer.price().amount().stripTrailingZeros().toPlainString()
                : offer.validFrom().toString();
    }

    private static Outcome pageOutcome(MockHttpServletResponse response, String field, @Nullable String saved)
            throws Exception {
        if (response.getStatus() / 100 == 3) {
            return new Outcome(true, null, Set.of(), saved);
        }
        String html = response.getContentAsString();
        Matcher fieldError = Pattern.compile("id=\"" + field + "-error\" class=\"field-error\">([^<]*)</p>")
                .matcher(html);
        Set<String> messages = new LinkedHashSet<>();
        Matcher notice =
                Pattern.compile("role=\"alert\">(.*?)</div>", Pattern.DOTALL).matcher(html);
        if (notice.find()) {
            Matcher item = Pattern.compile("<li>([^<]*)</li>").matcher(notice.group(1));
            while (item.find()) {
                messages.add(unescape(item.group(1)));
            }
        }
        return new Outcome(false, fieldError.find() ? unescape(fieldError.group(1)) : null, messages, saved);
    }

    private static Outcome apiOutcome(MockHttpServletResponse response, String field, @Nullable String saved)
            throws Exception {
        if (response.getStatus() / 100 == 2) {
            return new Outcome(true, null, Set.of(), saved);
        }
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(422);
        String json = response.getContentAsString();
        List<String> messages = JsonPath.read(json, "$.problems[*].message");
        List<String> forField = JsonPath.read(json, "$.problems[?(@.field == '" + field + "')].message");
        return new Outcome(false, forField.isEmpty() ? null : forField.get(0), new LinkedHashSet<>(messages), saved);
    }

    private static String json(Map<String, String> values) {
        StringBuilder json = new StringBuilder("{");
        values.forEach((k, v) -> json.append(json.length() > 1 ? "," : "")
                .append('"')
                .append(k)
                .append("\":\"")
                .append(v.replace("\"", "\\\""))
                .append('"'));
        return json.append('}').toString();
    }

    private static String unescape(String html) {
        return html.replace("&#39;", "'")
                .replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private long territory() {
        return territoryId;
    }
}
