package org.mutualis.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.census.CampaignSummary;
import org.mutualis.census.Campaigns;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.TestUsers;
import org.mutualis.procurement.Procurements;
import org.mutualis.savings.Offers;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A reader who asks for English reads no French business message: the pages the tests visit
 * (campaigns, a campaign, a response form with an error, an import refused with its problems, the
 * synthesis, offers and their savings, a refused procurement, an unknown id) and the API's refusals,
 * on the demo. The same requests in French show the French sentences, so the markers are real.
 */
@MutualisDbTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "mutualis.demo.enabled=true")
class EnglishPagesTests {

    /**
     * Words and phrases of the French messages that no data of the demo contains (collectivités,
     * campaign names, item labels and indicator labels are data, in French, and stay so).
     */
    private static final Pattern FRENCH = Pattern.compile(
            "n[’']existe pas|n[’']est pas|introuvable|obligatoire|refusé|Le fichier|Ligne \\d|colonne [A-Z]"
                    + "|Choisissez|doit être|Volume déclaré|Volume extrapolé|HT par mois|HT par an|HT une fois"
                    + "|Hypothèse d’effet|Économie (obtenue|ponctuelle)|Aucun recensement|Offre convertie|Montant estimé"
                    + "|Calendrier|Coordonnateur|Durée de|Prix actuel|Seules les réponses|quelle que soit"
                    + "|rien n[’']a été|Vos saisies|Certaines réponses|est inconnue|n[’']a pas encore");

    @Autowired
    MockMvc mvc;

    @Autowired
    Campaigns campaigns;

    @Autowired
    Territories territories;

    @Autowired
    Accounts accounts;

    @Autowired
    Offers offers;

    @Autowired
    Procurements procurements;

    long campaign;
    long territory;
    long botsorhel;
    int status;

    @BeforeEach
    void demo() {
        CampaignSummary demo = campaigns.all().stream()
                .filter(c -> c.name().equals("Infrastructure & Réseaux 2012"))
                .findFirst()
                .orElseThrow();
        campaign = demo.id();
        territory = demo.territoryId();
        botsorhel = territories.collectivities(territory).stream()
                .filter(c -> c.code().equals("29014"))
                .mapToLong(CollectivityView::id)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void campaignPagesAreInEnglish() throws Exception {
        english(get("/campaigns").with(as("admin")));
        english(get("/campaigns/{c}", campaign).with(as("admin")));
        english(get("/campaigns/{c}/responses/{r}", campaign, botsorhel).with(as("admin")));
    }

    @Test
    void aResponseFormWithAnErrorIsInEnglish() throws Exception {
        String page = english(post("/campaigns/{c}/responses/{r}", campaign, botsorhel)
                .param("a.desktops_excl_schools", "abc")
                .param("version", "0")
                .param("action", "save")
                .with(as("admin"))
                .with(csrf()));
        assertThat(page).containsAnyOf("is not a number", "was changed by", "is closed", "is validated");
        String live = english(get("/campaigns/{c}/check", campaign)
                .param("code", "desktops_excl_schools")
                .param("a.desktops_excl_schools", "abc")
                .with(as("admin")));
        assertThat(live).contains("“abc” is not a number.");
        assertThat(french(get("/campaigns/{c}/check", campaign)
                        .param("code", "desktops_excl_schools")
                        .param("a.desktops_excl_schools", "abc")
                        .with(as("admin"))))
                .contains("« abc » n'est pas un nombre.");
    }

    @Test
    void anImportRefusedWithItsProblemsIsInEnglish() throws Exception {
        // The 2012 study's censuses are closed: the file's own problems are shown on the open one.
        long campaign = campaigns.all().stream()
                .filter(c -> c.name().startsWith("Recensement 2026"))
                .findFirst()
                .orElseThrow()
                .id();
        byte[] csv = "code,desktops_excl_schools,no_such_column\n99999,abc,1\n".getBytes(StandardCharsets.UTF_8);
        var upload = multipart("/campaigns/{c}/import", campaign)
                .file(new MockMultipartFile("file", "answers.csv", "text/csv", csv))
                .with(as("admin"))
                .with(csrf());
        String page = english(upload);
        assertThat(page).contains("is unknown in this territory").contains("is not a number");
        assertThat(french(multipart("/campaigns/{c}/import", campaign)
                        .file(new MockMultipartFile("file", "answers.csv", "text/csv", csv))
                        .with(as("admin"))
                        .with(csrf())))
                .contains("est inconnue sur ce territoire");
    }

    @Test
    void theSynthesisIsInEnglish() throws Exception {
        english(get("/campaigns/{c}/synthesis", campaign).with(as("admin")));
        english(get("/campaigns/{c}/representativity", campaign).with(as("admin")));
        english(get("/campaigns/{c}/follow-up", campaign).with(as("admin")));
    }

    @Test
    void offersAndTheirSavingsAreInEnglish() throws Exception {
        english(get("/offers").param("territory", String.valueOf(territory)).with(as("admin")));
        var admin = accounts.find("admin").orElseThrow();
        var offer = offers.ofTerritory(territory, admin).get(0);
        String savings = english(get("/offers/{id}", offer.id()).with(as("admin")));
        assertThat(savings).containsAnyOf("per month", "per year", "once");
        assertThat(french(get("/offers/{id}", offer.id()).with(as("admin"))))
                .containsAnyOf("par mois", "par an", "une fois");
        english(get("/scenarios").param("territory", String.valueOf(territory)).with(as("admin")));
    }

    @Test
    void aRefusedProcurementIsInEnglish() throws Exception {
        String page = english(post("/procurements")
                .param("territoryId", String.valueOf(territory))
                .param("subject", "Test")
                .param("procedureKind", "PURCHASING_GROUP")
                .param("notificationOn", "31/13/2012")
                .with(as("admin"))
                .with(csrf()));
        assertThat(page).contains("Notification: “31/13/2012” is not a date");
        assertThat(french(post("/procurements")
                        .param("territoryId", String.valueOf(territory))
                        .param("subject", "Test")
                        .param("procedureKind", "PURCHASING_GROUP")
                        .param("notificationOn", "31/13/2012")
                        .with(as("admin"))
                        .with(csrf())))
                .contains("n’est pas une date");
        var admin = accounts.find("admin").orElseThrow();
        long any =
                procurements.list(territory, null, admin).procurements().get(0).id();
        english(get("/procurements/{id}", any).with(as("admin")));
        english(get("/procurements/{id}/assessment", any).with(as("admin")));
        english(get("/offers/size-classes")
                .param("territory", String.valueOf(territory))
                .with(as("admin")));
        english(get("/procurements")
                .param("territory", String.valueOf(territory))
                .with(as("admin")));
    }

    @Test
    void anUnknownIdIsExplainedInEnglish() throws Exception {
        String page = english(get("/campaigns/{c}", 999_999).with(as("admin")));
        assertThat(page).contains("This census does not exist.");
        assertThat(french(get("/campaigns/{c}", 999_999).with(as("admin")))).contains("Ce recensement n'existe pas.");
        english(get("/offers/{id}", 999_999).with(as("admin")));
        english(get("/procurements/{id}", 999_999).with(as("admin")));
    }

    @Test
    void theApiRefusesInEnglish() throws Exception {
        var admin = accounts.find("admin").orElseThrow();
        String token = accounts.issueToken(admin.id(), "english").secret();
        String body = english(
                post("/api/procurements")
                        .header("Authorization", "Bearer " + token)
                        .contentType("application/json")
                        .content(
                                "{\"territoryId\":" + territory
                                        + ",\"subject\":\"Test\",\"theme\":\"TELECOM\",\"permanentGroup\":false,\"multiHolder\":false}"));
        assertThat(status).isEqualTo(422);
        assertThat(body).contains("\"violations\"").contains("Lots: give at least one lot");
        String missing = english(get("/api/campaigns/{c}", 999_999).header("Authorization", "Bearer " + token));
        assertThat(missing).contains("This census does not exist.");
        String revoked = english(get("/api/campaigns").header("Authorization", "Bearer mut_unknown"));
        assertThat(status).isEqualTo(401);
        assertThat(revoked).contains("API token missing, unknown or revoked");
    }

    /** The page or document in English, checked for French sentences; its text is returned. */
    private String english(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        var response = mvc.perform(request.param("lang", "en").header("Accept-Language", "en"))
                .andReturn()
                .getResponse();
        status = response.getStatus();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        String text = visible(body);
        List<String> found = new ArrayList<>();
        Matcher m = FRENCH.matcher(text);
        while (m.find()) {
            int from = Math.max(0, m.start() - 60);
            int to = Math.min(text.length(), m.end() + 60);
            found.add(text.substring(from, to));
        }
        assertThat(found).as("French in the English answer to %s", request).isEmpty();
        return text;
    }

    private String french(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return visible(mvc.perform(request.param("lang", "fr").header("Accept-Language", "fr"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    /** What a reader sees: the text between tags and the titles, without scripts, styles or markup. */
    private static String visible(String body) {
        String text = body.replaceAll("(?s)<script.*?</script>", " ")
                .replaceAll("(?s)<style.*?</style>", " ")
                .replaceAll("title=\"([^\"]*)\"", "> $1 <")
                .replaceAll("(?s)<[^>]*>", " ")
                .replace("&#39;", "'")
                .replace("&quot;", "\"")
                .replace("&amp;", "&")
                .replace("&lt;", "<")
                .replace("&gt;", ">");
        return text.replaceAll("\\s+", " ");
    }

    private RequestPostProcessor as(String name) {
        return TestUsers.as(accounts, name);
    }
}
