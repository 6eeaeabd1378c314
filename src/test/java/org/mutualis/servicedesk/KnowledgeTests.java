package org.mutualis.servicedesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mutualis.identity.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.io.StringReader;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.shared.error.ConflictException;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritoryCsv;
import org.mutualis.territory.TerritorySummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The knowledge base as its users meet it, on H2 and PostgreSQL: the French search (accents,
 * plurals, case), who sees which article in every way there is to see one (list, search,
 * suggestions, page, API), the stale edit, the « résolu » counted once, nothing unsafe in a page.
 */
@MutualisDbTest
@AutoConfigureMockMvc
class KnowledgeTests {

    private static final AtomicInteger YEAR = new AtomicInteger(1900);

    @Autowired
    Knowledge knowledge;

    @Autowired
    ServiceCentres centres;

    @Autowired
    Territories territories;

    @Autowired
    Accounts accounts;

    @Autowired
    MockMvc mvc;

    @Autowired
    Tickets tickets;

    @Autowired
    TicketArticles ticketArticles;

    TerritorySummary territory;
    long centre;
    CurrentUser admin;
    CurrentUser technician;
    CurrentUser correspondent;
    CurrentUser foreigner;
    CurrentUser analyst;
    ArticleView printers;
    ArticleView network;
    ArticleView mail;
    ArticleView internal;

    @BeforeEach
    void data() {
        territory = territory("249900001", "Pays de test (kb)", "29014", "Botsorhel", "29191");
        TerritorySummary other = territory("249900002", "Ailleurs (kb)", "29239", "Roscoff", "29259");
        centre = centres.ofTerritory(territory.id()).id();
        admin = TestUsers.create(accounts, Role.ADMIN);
        technician = TestUsers.create(accounts, Role.TECHNICIAN);
        centres.addAgent(centre, technician.id(), admin);
        correspondent = TestUsers.create(accounts, Role.CORRESPONDENT, collectivity(territory, "Botsorhel"));
        foreigner = TestUsers.create(accounts, Role.CORRESPONDENT, collectivity(other, "Roscoff"));
        analyst = TestUsers.create(accounts, Role.ANALYST);
        Long printing = category("impression");
        printers = create(
                "Imprimantes hors ligne",
                "Quand les **imprimantes** de la mairie sont hors ligne, redémarrez le spouleur.",
                printing,
                ArticleVisibility.CORRESPONDENTS);
        network = create(
                "Coupure du réseau",
                "Vérifiez la box et les câbles réseaux avant d’appeler.",
                category("reseau"),
                ArticleVisibility.CORRESPONDENTS);
        mail = create(
                "Messageries et agendas partagés",
                "Configurer les messageries sur un téléphone.",
                null,
                ArticleVisibility.CORRESPONDENTS);
        internal = create(
                "Réseau : mot de passe du routeur",
                "Le mot de passe administrateur du réseau des mairies est dans le coffre.",
                null,
                ArticleVisibility.AGENTS);
    }

    private ArticleView create(String title, String body, Long category, ArticleVisibility visibility) {
        return knowledge.create(territory.id(), new ArticleForm(title, body, category, visibility), technician);
    }

    private Long category(String code) {
        return centres.categories(centre).stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private List<Long> search(String q, CurrentUser reader) {
        return knowledge.list(territory.id(), q, null, 1, reader).items().stream()
                .map(ArticleSummary::id)
                .toList();
    }

    @Test
    void theSearchIgnoresAccentsPluralsAndCase() {
        assertThat(search("reseau", correspondent)).containsExactly(network.id());
        assertThat(search("imprimante", correspondent)).containsExactly(printers.id());
        assertThat(search("Messagerie", correspondent)).containsExactly(mail.id());
        assertThat(search("RÉSEAUX", correspondent)).containsExactly(network.id());
        assertThat(search("la mairie", correspondent)).containsExactly(printers.id());
        assertThat(search("le de la", correspondent)).isEmpty();
        assertThat(search("tartempion", correspondent)).isEmpty();
    }

    @Test
    void moreMatchedWordsAndTitleWordsRankFirst() {
        // Both mention the network; the agents' one has it in its title and « mot de passe » too.
        assertThat(search("réseau mot de passe", technician)).containsExactly(internal.id(), network.id());
        // A word of the title weighs more than the same word in another article's body.
        ArticleView body = create("Câblage", "Un mot sur les imprimantes.", null, ArticleVisibility.CORRESPONDENTS);
        assertThat(search("imprimante", correspondent)).containsExactly(printers.id(), body.id());
    }

    @Test
    void listsComeInPagesAndFilterByCategory() throws Exception {
        for (int i = 0; i < Knowledge.PAGE_SIZE; i++) {
            create(
                    "Fiche " + i,
                    "Une fiche de la sauvegarde.",
                    category("sauvegarde"),
                    ArticleVisibility.CORRESPONDENTS);
        }
        ArticleList first = knowledge.list(territory.id(), null, null, 1, correspondent);
        assertThat(first.total()).isEqualTo(Knowledge.PAGE_SIZE + 3);
        assertThat(first.items()).hasSize(Knowledge.PAGE_SIZE);
        assertThat(first.pages()).isEqualTo(2);
        assertThat(knowledge.list(territory.id(), null, null, 2, correspondent).items())
                .hasSize(3);
        assertThat(knowledge
                        .list(territory.id(), "fiche", null, 2, correspondent)
                        .items())
                .isEmpty();
        assertThat(knowledge
                        .list(territory.id(), null, category("impression"), 1, correspondent)
                        .items())
                .extracting(ArticleSummary::id)
                .containsExactly(printers.id());
        assertThat(knowledge
                        .list(territory.id(), "sauvegarde", category("impression"), 1, correspondent)
                        .total())
                .isZero();
        String page = send(get("/servicedesk/kb?page=2"), correspondent).getContentAsString();
        assertThat(page).contains("aria-current=\"page\"").contains("Imprimantes hors ligne");
    }

    @Test
    void anEditReindexesTheArticleAndAStaleEditOverwritesNothing() {
        ArticleView edited = knowledge.update(
                network.id(),
                new ArticleForm(
                        "Coupure de la téléphonie",
                        "Le standard ne sonne plus.",
                        null,
                        ArticleVisibility.CORRESPONDENTS),
                network.version(),
                technician);
        assertThat(search("telephonie", correspondent)).containsExactly(network.id());
        assertThat(search("reseau", correspondent)).isEmpty();
        assertThatThrownBy(() -> knowledge.update(
                        network.id(),
                        new ArticleForm("Écrasé", "Écrasé", null, ArticleVisibility.CORRESPONDENTS),
                        network.version(),
                        technician))
                .isInstanceOf(ConflictException.class);
        assertThat(knowledge.view(network.id(), technician).title()).isEqualTo("Coupure de la téléphonie");
        assertThat(knowledge.view(network.id(), technician).version()).isEqualTo(edited.version());
    }

    @Test
    void onlyTheCentresAgentsWriteAndOnlyInTheCentresCategories() {
        ArticleForm form = new ArticleForm("Titre", "Texte", null, ArticleVisibility.AGENTS);
        assertThatThrownBy(() -> knowledge.create(territory.id(), form, correspondent))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> knowledge.create(territory.id(), form, analyst))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> knowledge.update(printers.id(), form, printers.version(), correspondent))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> knowledge.delete(printers.id(), foreigner)).isInstanceOf(NotFoundException.class);
        long elsewhere = centres.categories(centres.ofTerritory(territories
                                .collectivity(foreigner.collectivityId())
                                .orElseThrow()
                                .territoryId())
                        .id())
                .get(0)
                .id();
        assertThatThrownBy(() -> knowledge.create(
                        territory.id(), new ArticleForm("Titre", "Texte", elsewhere, ArticleVisibility.AGENTS), admin))
                .isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> knowledge.create(
                        territory.id(), new ArticleForm(" ", "x".repeat(Knowledge.MAX_BODY + 1), null, null), admin))
                .isInstanceOf(RejectedException.class)
                .satisfies(e -> assertThat(((RejectedException) e).problems()).hasSize(3));
    }

    @Test
    void anArticleForAgentsIsHiddenFromCorrespondentsEverywhere() throws Exception {
        assertThat(search("reseau", technician)).contains(internal.id());
        assertThat(search("reseau", correspondent)).doesNotContain(internal.id());
        assertThat(knowledge.list(territory.id(), null, null, 1, correspondent).items())
                .extracting(ArticleSummary::id)
                .contains(printers.id())
                .doesNotContain(internal.id());
        assertThat(knowledge.suggest(territory.id(), "mot de passe du réseau", correspondent))
                .extracting(ArticleSummary::id)
                .doesNotContain(internal.id());
        assertThatThrownBy(() -> knowledge.read(internal.id(), correspondent)).isInstanceOf(NotFoundException.class);
        assertThat(knowledge.find(List.of(internal.id(), printers.id()), correspondent))
                .extracting(ArticleSummary::id)
                .containsExactly(printers.id());
        assertThatThrownBy(() -> knowledge.require(internal.id(), correspondent))
                .isInstanceOf(NotFoundException.class);

        assertThat(send(get("/servicedesk/kb/" + internal.id()), correspondent).getStatus())
                .isEqualTo(404);
        assertThat(send(get("/servicedesk/kb?q=reseau"), correspondent).getContentAsString())
                .contains("Coupure du réseau")
                .doesNotContain("mot de passe du routeur");
        assertThat(send(get("/servicedesk/kb"), correspondent).getContentAsString())
                .doesNotContain("mot de passe du routeur");
        assertThat(send(get("/servicedesk/kb/suggest?title=mot de passe reseau"), correspondent)
                        .getContentAsString())
                .doesNotContain("mot de passe du routeur");
        assertThat(api(get("/api/servicedesk/articles/" + internal.id()), correspondent)
                        .getStatus())
                .isEqualTo(404);
        assertThat(api(get("/api/servicedesk/articles?q=reseau"), correspondent).getContentAsString())
                .contains("Coupure du réseau")
                .doesNotContain("routeur");
        assertThat(api(get("/api/servicedesk/articles/suggest?q=routeur"), correspondent)
                        .getContentAsString())
                .isEqualTo("[]");
        String suggestions = send(get("/servicedesk/kb/suggest?title=Imprimante en panne"), correspondent)
                .getContentAsString();
        assertThat(suggestions)
                .contains("href=\"/servicedesk/kb/" + printers.id() + "\"")
                .contains("Imprimantes hors ligne");
        assertThat(api(get("/api/servicedesk/articles/suggest?q=reseaux"), correspondent)
                        .getContentAsString())
                .contains("\"id\":" + network.id())
                .doesNotContain("\"id\":" + internal.id());
        // The agent sees it everywhere.
        assertThat(send(get("/servicedesk/kb/" + internal.id()), technician).getStatus())
                .isEqualTo(200);
        assertThat(api(get("/api/servicedesk/articles/suggest?q=routeur"), technician)
                        .getContentAsString())
                .contains("mot de passe du routeur");
    }

    @Test
    void aCorrespondentOfAnotherTerritoryIsToldTheArticleDoesNotExist() throws Exception {
        assertThat(send(get("/servicedesk/kb/" + printers.id()), foreigner).getStatus())
                .isEqualTo(404);
        assertThat(api(get("/api/servicedesk/articles/" + printers.id()), foreigner)
                        .getStatus())
                .isEqualTo(404);
        assertThat(send(post("/servicedesk/kb/" + printers.id() + "/solved"), foreigner)
                        .getStatus())
                .isEqualTo(404);
        // Their own territory's base: not this one's articles.
        assertThat(knowledge.list(null, "imprimante", null, 1, foreigner).items())
                .isEmpty();
        assertThat(knowledge.find(List.of(printers.id()), foreigner)).isEmpty();
        // The correspondent of the territory reads it.
        MockHttpServletResponse page = send(get("/servicedesk/kb/" + printers.id()), correspondent);
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString())
                .contains("<strong>imprimantes</strong>")
                .contains("Cet article a résolu mon problème");
    }

    @Test
    void solvedCountsOncePerAccountAndViewsCountPageReads() throws Exception {
        assertThat(knowledge.solved(printers.id(), correspondent).count()).isEqualTo(1);
        assertThat(knowledge.solved(printers.id(), correspondent).count()).isEqualTo(1);
        assertThat(send(post("/servicedesk/kb/" + printers.id() + "/solved"), correspondent)
                        .getStatus())
                .isEqualTo(302);
        assertThat(api(post("/api/servicedesk/articles/" + printers.id() + "/solved"), technician)
                        .getContentAsString())
                .contains("\"count\":2");
        assertThat(knowledge.solvedCount(printers.id(), correspondent).byReader())
                .isTrue();
        assertThat(knowledge.solvedCount(printers.id(), analyst).byReader()).isFalse();
        long before = knowledge.view(printers.id(), technician).views();
        knowledge.read(printers.id(), correspondent);
        send(get("/servicedesk/kb/" + printers.id()), correspondent);
        assertThat(knowledge.view(printers.id(), technician).views()).isEqualTo(before + 2);
    }

    @Test
    void noScriptReachesAPageNorTheApi() throws Exception {
        ArticleView xss = create(
                "<script>alert('titre')</script>",
                "<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n<svg onload=alert(3)>\n\n"
                        + "[clic](javascript:alert(4)) ![i](data:image/svg+xml;base64,PHN2Zz4=)"
                        + " <a href=\"javascript:alert(5)\">a</a>",
                null,
                ArticleVisibility.CORRESPONDENTS);
        String page = send(get("/servicedesk/kb/" + xss.id()), correspondent).getContentAsString();
        // What a browser would run: the tags; the typed HTML shows as text (escaped), harmless.
        String tags = tags(page);
        assertThat(tags)
                .doesNotContain("<script>")
                .doesNotContainPattern("(?i)\\son[a-z]+\\s*=")
                .doesNotContain("<svg")
                .doesNotContain("javascript:")
                .doesNotContain("data:image");
        assertThat(tags.split("<script").length - 1)
                .as("the layout's two script files only")
                .isEqualTo(2);
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        String json =
                api(get("/api/servicedesk/articles/" + xss.id()), correspondent).getContentAsString();
        String html = json.substring(json.indexOf("\"html\""), json.indexOf("\"categoryId\""));
        assertThat(tags(html)).doesNotContain("<script", "onerror", "onload", "javascript:", "data:");
        String preview = send(
                        post("/servicedesk/kb/preview")
                                .header("HX-Request", "true")
                                .param("body", "<script>alert(1)</script> [x](javascript:alert(1))"),
                        technician)
                .getContentAsString();
        assertThat(tags(preview)).doesNotContain("<script", "javascript:");
        assertThat(preview).contains("&lt;script&gt;");
    }

    @Test
    void theEditorsFormsAnswerAsPeopleExpect() throws Exception {
        MockHttpServletResponse editor = send(get("/servicedesk/kb/new"), technician);
        assertThat(editor.getStatus()).isEqualTo(200);
        assertThat(editor.getContentAsString())
                .contains("action=\"/servicedesk/kb\"")
                .contains("hx-post=\"/servicedesk/kb/preview\"")
                .contains("formaction=\"/servicedesk/kb/preview\"")
                .contains("name=\"_csrf\"");
        assertThat(send(get("/servicedesk/kb/" + printers.id() + "/edit"), technician)
                        .getStatus())
                .isEqualTo(200);
        assertThat(send(get("/servicedesk/kb/" + printers.id() + "/delete"), technician)
                        .getStatus())
                .isEqualTo(200);
        MockHttpServletResponse created = send(
                post("/servicedesk/kb")
                        .param("title", "Sauvegarde mutualisée")
                        .param("body", "Les sauvegardes tournent la nuit.")
                        .param("categoryId", "")
                        .param("visibility", "CORRESPONDENTS"),
                technician);
        assertThat(created.getStatus()).isEqualTo(302);
        assertThat(search("sauvegarde", correspondent)).hasSize(1);
        MockHttpServletResponse stale = send(
                post("/servicedesk/kb/" + printers.id())
                        .param("version", "" + (printers.version() + 7))
                        .param("title", "Écrasé")
                        .param("body", "Écrasé")
                        .param("visibility", "AGENTS"),
                technician);
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(knowledge.view(printers.id(), technician).title()).isEqualTo("Imprimantes hors ligne");
        MockHttpServletResponse blank = send(
                post("/servicedesk/kb/" + printers.id())
                        .param("version", "" + printers.version())
                        .param("title", " ")
                        .param("body", "x")
                        .param("visibility", "AGENTS"),
                technician);
        assertThat(blank.getStatus()).isEqualTo(422);
        assertThat(send(post("/servicedesk/kb/" + printers.id() + "/delete"), correspondent)
                        .getStatus())
                .isEqualTo(403);
        assertThat(send(post("/servicedesk/kb/" + printers.id() + "/delete"), technician)
                        .getStatus())
                .isEqualTo(302);
        assertThat(send(get("/servicedesk/kb/" + printers.id()), technician).getStatus())
                .isEqualTo(404);
    }

    @Test
    void theApiWritesWithVersionsAndBearerTokens() throws Exception {
        MockHttpServletResponse created = api(
                post("/api/servicedesk/articles?territory=" + territory.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Plateforme\",\"body\":\"# Connexion\\n\\nUtilisez la carte.\","
                                + "\"visibility\":\"CORRESPONDENTS\"}"),
                technician);
        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(created.getContentAsString()).contains("<h2>Connexion</h2>");
        long id = Long.parseLong(created.getContentAsString().replaceAll("(?s)^\\{\"id\":(\\d+),.*$", "$1"));
        assertThat(api(
                                put("/api/servicedesk/articles/" + id + "?version=5")
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content("{\"title\":\"x\",\"body\":\"y\",\"visibility\":\"AGENTS\"}"),
                                technician)
                        .getStatus())
                .isEqualTo(409);
        assertThat(api(
                                put("/api/servicedesk/articles/" + id + "?version=0")
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content("{}"),
                                technician)
                        .getStatus())
                .isEqualTo(422);
        assertThat(api(delete("/api/servicedesk/articles/" + id), correspondent).getStatus())
                .isEqualTo(403);
        assertThat(api(delete("/api/servicedesk/articles/" + id), technician).getStatus())
                .isEqualTo(204);
    }

    // --- links from tickets to articles ---

    private TicketView ticket(String title) {
        return tickets.open(
                new NewTicket(
                        collectivity(territory, "Botsorhel"),
                        null,
                        title,
                        "Plus rien ne sort depuis ce matin.",
                        3,
                        3,
                        null,
                        "secretariat@botsorhel.test",
                        null),
                List.of(),
                correspondent);
    }

    @Test
    void anAgentLinksArticlesAndTheRequesterReadsOnlyThoseMeantForHer() {
        TicketView ticket = ticket("Imprimante hors ligne à l’accueil");
        // The agent is offered the article whose words match the title, not yet linked.
        assertThat(ticketArticles.suggestions(ticket, technician))
                .extracting(ArticleSummary::id)
                .contains(printers.id());
        assertThat(ticketArticles.suggestions(ticket, correspondent)).isEmpty();

        ticketArticles.link(ticket.id(), printers.id(), technician);
        ticketArticles.link(ticket.id(), internal.id(), technician);
        ticketArticles.link(ticket.id(), printers.id(), technician); // again: nothing changes

        assertThat(ticketArticles.of(ticket.id(), technician))
                .extracting(ArticleSummary::id)
                .containsExactly(printers.id(), internal.id());
        // The agents-only article stays hidden from the requester.
        assertThat(ticketArticles.of(ticket.id(), correspondent))
                .extracting(ArticleSummary::id)
                .containsExactly(printers.id());
        assertThat(ticketArticles.suggestions(ticket, technician))
                .extracting(ArticleSummary::id)
                .doesNotContain(printers.id());
        // Both links are in the history, once each.
        assertThat(tickets.history(ticket.id(), technician).stream()
                        .filter(c -> c.field().equals("article")))
                .hasSize(2);

        ticketArticles.unlink(ticket.id(), internal.id(), admin);
        assertThat(ticketArticles.of(ticket.id(), technician))
                .extracting(ArticleSummary::id)
                .containsExactly(printers.id());
        assertThat(tickets.history(ticket.id(), technician).stream()
                        .filter(c -> c.field().equals("article") && c.after() == null))
                .hasSize(1);
    }

    @Test
    void onlyTheCentresAgentsLinkTheirCentresArticles() {
        TicketView ticket = ticket("Réseau coupé");
        assertThatThrownBy(() -> ticketArticles.link(ticket.id(), network.id(), correspondent))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> ticketArticles.of(ticket.id(), foreigner)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> ticketArticles.link(ticket.id(), 987_654_321L, technician))
                .isInstanceOf(NotFoundException.class);
        // An article of another territory's centre is unknown here.
        TerritorySummary elsewhere = territory("249900003", "Autre centre (kb)", "29042", "Carantec", "29023");
        ArticleView theirs = knowledge.create(
                elsewhere.id(),
                new ArticleForm("Leur article", "Texte.", null, ArticleVisibility.CORRESPONDENTS),
                TestUsers.create(accounts, Role.ADMIN));
        assertThatThrownBy(() -> ticketArticles.link(ticket.id(), theirs.id(), admin))
                .isInstanceOf(NotFoundException.class);
        assertThat(ticketArticles.of(ticket.id(), admin)).isEmpty();
    }

    @Test
    void theTicketPageOffersLinksToAgentsAndShowsTheRequesterHerArticles() throws Exception {
        TicketView ticket = ticket("Imprimantes en panne");
        String agentPage =
                send(get("/servicedesk/tickets/" + ticket.id()), technician).getContentAsString();
        assertThat(agentPage).contains("Lier cet article").contains(printers.title());

        MockHttpServletResponse linked = send(
                post("/servicedesk/tickets/" + ticket.id() + "/articles").param("article", "#" + printers.id()),
                technician);
        assertThat(linked.getStatus()).isEqualTo(302);
        MockHttpServletResponse wrong =
                send(post("/servicedesk/tickets/" + ticket.id() + "/articles").param("article", "douze"), technician);
        assertThat(wrong.getStatus()).isEqualTo(422);
        assertThat(wrong.getContentAsString()).contains("numéro d’un article");
        assertThat(send(
                                post("/servicedesk/tickets/" + ticket.id() + "/articles")
                                        .param("article", "" + network.id()),
                                correspondent)
                        .getStatus())
                .isEqualTo(403);

        String requesterPage =
                send(get("/servicedesk/tickets/" + ticket.id()), correspondent).getContentAsString();
        assertThat(requesterPage)
                .contains("/servicedesk/kb/" + printers.id())
                .doesNotContain("Lier cet article")
                .doesNotContain("Retirer le lien");

        // The API: read, link, unlink.
        assertThat(api(get("/api/servicedesk/tickets/" + ticket.id() + "/articles"), correspondent)
                        .getContentAsString())
                .contains("\"id\":" + printers.id());
        assertThat(api(put("/api/servicedesk/tickets/" + ticket.id() + "/articles/" + internal.id()), technician)
                        .getStatus())
                .isEqualTo(200);
        assertThat(api(get("/api/servicedesk/tickets/" + ticket.id()), correspondent)
                        .getContentAsString())
                .doesNotContain(internal.title());
        assertThat(api(delete("/api/servicedesk/tickets/" + ticket.id() + "/articles/" + internal.id()), correspondent)
                        .getStatus())
                .isEqualTo(403);
        assertThat(api(delete("/api/servicedesk/tickets/" + ticket.id() + "/articles/" + internal.id()), technician)
                        .getStatus())
                .isEqualTo(200);
        assertThat(ticketArticles.of(ticket.id(), technician))
                .extracting(ArticleSummary::id)
                .containsExactly(printers.id());
    }

    private static String tags(String html) {
        StringBuilder tags = new StringBuilder();
        var m = java.util.regex.Pattern.compile("<[^>]*>").matcher(html);
        while (m.find()) {
            tags.append(m.group()).append('\n');
        }
        return tags.toString();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, CurrentUser user) throws Exception {
        return mvc.perform(request.with(as(user)).with(csrf())).andReturn().getResponse();
    }

    private MockHttpServletResponse api(MockHttpServletRequestBuilder request, CurrentUser user) throws Exception {
        String token = accounts.issueToken(user.id(), "kb").secret();
        return mvc.perform(request.header("Authorization", "Bearer " + token))
                .andReturn()
                .getResponse();
    }

    private long collectivity(TerritorySummary t, String name) {
        return territories.collectivities(t.id()).stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    /** A territory of a SIREN no other test uses (the knowledge base's), a new reference year each time. */
    private TerritorySummary territory(String siren, String name, String first, String firstName, String second) {
        int year = YEAR.incrementAndGet();
        String csv = "code,name,kind,population\n" + first + "," + firstName + ",commune,500\n" + second
                + ",Voisine,commune,3000\n" + siren + "," + name + ",epci,\n";
        return territories.create(
                siren, name + " " + year, "CA", year, "tests", TerritoryCsv.read(new StringReader(csv), year));
    }
}
