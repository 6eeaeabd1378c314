package org.mutualis.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mutualis.Browser;
import org.mutualis.MutualisBrowserTest;
import org.mutualis.census.CampaignStatus;
import org.mutualis.census.CampaignSummary;
import org.mutualis.census.Campaigns;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.procurement.ProcurementThresholds;
import org.mutualis.procurement.ProcurementView;
import org.mutualis.procurement.Procurements;
import org.mutualis.questionnaire.QuestionnaireVersion;
import org.mutualis.questionnaire.Questionnaires;
import org.mutualis.savings.Offers;
import org.mutualis.savings.Scenarios;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every page each demo role can reach, in a real browser, at a desktop width (1280×900) and at a
 * phone's (390×844): axe-core finds nothing (WCAG 2.1 A/AA and best practices), the page itself
 * never scrolls sideways (wide tables scroll inside their own focusable region) and no id is
 * given twice. Read-only: the ids come from the demo through the services, nothing is changed.
 * One sign-in per role, one window.
 */
@MutualisBrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static final Dimension DESKTOP = new Dimension(1280, 900);
    private static final Dimension PHONE = new Dimension(390, 844);

    /**
     * A page to visit. The pages other browser tests walk through with axe-core at both widths are
     * not visited again here: the home pages ({@code HomeBrowserTests}), the analysis pages
     * ({@code SynthesisReadingBrowserTests}), the answer form ({@code QuestionnaireJourneyBrowserTests},
     * {@code AnswersKeepBrowserTests}), the invitations ({@code InvitationsBrowserTests}) and the
     * import preview and result ({@code WorkbookBrowserTests}).
     */
    record Page(String name, String path) {
        static Page of(String name, String path) {
            return new Page(name, path);
        }
    }

    /** What sticks out sideways: the page's width and the widest elements beyond the window. */
    private static final String OVERFLOW = """
            var w = window.innerWidth, sw = document.documentElement.scrollWidth;
            if (sw <= w + 1) { return null; }
            var wide = Array.from(document.querySelectorAll('body *')).filter(function (e) {
              var r = e.getBoundingClientRect(); return r.right > w + 1 && r.width > 0;
            }).filter(function (e) {
              var p = e.parentElement.getBoundingClientRect(); return p.right <= w + 1;
            }).slice(0, 4).map(function (e) {
              return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ').join('.') : '')
                + ' (' + Math.round(e.getBoundingClientRect().right) + 'px)';
            });
            return 'page ' + sw + 'px wide in a ' + w + 'px window: ' + wide.join(', ');
            """;

    @Autowired
    Campaigns campaigns;

    @Autowired
    Territories territories;

    @Autowired
    Procurements procurements;

    @Autowired
    ProcurementThresholds thresholds;

    @Autowired
    Offers offers;

    @Autowired
    Scenarios scenarios;

    @Autowired
    Accounts accounts;

    @Autowired
    Questionnaires questionnaires;

    private long territory;
    private String siren;
    private CampaignSummary open;
    private CampaignSummary study;
    private long botsorhel;
    private Long exclusionCampaign;
    private Long exclusion;
    private Long procurement;
    private Long offer;
    private Long scenario;
    private Long threshold;
    private Long elected;
    private QuestionnaireVersion questionnaire;
    private String question;

    @BeforeAll
    void theDemo() {
        CurrentUser admin = accounts.find("admin").orElseThrow();
        TerritorySummary t = territories.all().get(0);
        territory = t.id();
        siren = territories.searchEpci("Morlaix").stream()
                .map(e -> e.siren())
                .findFirst()
                .orElse(t.epciSiren());
        List<CampaignSummary> all = campaigns.all();
        open = all.stream()
                .filter(c -> c.status() == CampaignStatus.OPEN)
                .filter(c -> c.territoryId() == territory)
                .findFirst()
                .orElseThrow();
        study = all.stream()
                .filter(c -> c.name().equals("Infrastructure & Réseaux 2012"))
                .findFirst()
                .orElseThrow();
        for (CampaignSummary c : all) {
            var found = campaigns.exclusions(c.id());
            if (!found.isEmpty()) {
                exclusionCampaign = c.id();
                exclusion = found.get(0).id();
                break;
            }
        }
        botsorhel = accounts.find("botsorhel").orElseThrow().collectivityId();
        procurement = procurements.list(territory, null, admin).procurements().stream()
                .map(ProcurementView::id)
                .findFirst()
                .orElse(null);
        offer = offers.ofTerritory(territory, admin).stream()
                .map(o -> o.id())
                .findFirst()
                .orElse(null);
        scenario = scenarios.ofTerritory(territory, admin).stream()
                .map(s -> s.id())
                .findFirst()
                .orElse(null);
        threshold = thresholds.all().stream().map(x -> x.id()).findFirst().orElse(null);
        elected = accounts.find("elu").orElseThrow().id();
        questionnaire = questionnaires.versions(admin).stream()
                .filter(QuestionnaireVersion::published)
                .min(Comparator.comparing(QuestionnaireVersion::theme))
                .orElseThrow();
        question = questionnaires
                .load(questionnaire.theme(), questionnaire.version())
                .questions()
                .get(0)
                .code();
    }

    /** The pages everyone signed in reaches (lists, details, one's account, an error page). */
    private List<Page> common(boolean staff) {
        List<Page> pages = new ArrayList<>();
        pages.add(Page.of("territories", "/territories"));
        pages.add(Page.of("territory", "/territories/" + territory));
        pages.add(Page.of("campaigns", "/campaigns"));
        pages.add(Page.of("procurements", "/procurements"));
        pages.add(Page.of("procurement calendar", "/procurements/calendar"));
        if (procurement != null) {
            pages.add(Page.of("procurement", "/procurements/" + procurement));
        }
        pages.add(Page.of("offers", "/offers"));
        pages.add(Page.of("scenarios", "/scenarios"));
        pages.add(Page.of("password", "/account/password"));
        pages.add(Page.of("tokens", "/account/tokens"));
        pages.add(Page.of("totp", "/account/totp"));
        pages.add(Page.of("not found", "/procurements/999999999"));
        return pages;
    }

    /** What the EPCI's staff see besides (forms, confirmations, campaign pages). */
    private List<Page> staff(boolean admin) {
        List<Page> pages = new ArrayList<>(common(true));
        pages.add(Page.of("territory search", "/territories?q=morl"));
        pages.add(Page.of("answer policy", "/territories/" + territory + "/policy?policy=STAFF_ONLY"));
        if (admin) {
            // The 2026 grid (every question of four themes for every collectivité) takes axe-core
            // tens of seconds: once, for the administrator; the others see the same markup.
            pages.add(Page.of("campaign (open)", "/campaigns/" + open.id()));
        }
        pages.add(Page.of("campaign (2012)", "/campaigns/" + study.id()));
        pages.add(Page.of("close campaign", "/campaigns/" + open.id() + "/close"));
        pages.add(Page.of("exclusions", "/campaigns/" + study.id() + "/exclusions"));
        if (exclusion != null) {
            pages.add(Page.of(
                    "remove exclusion", "/campaigns/" + exclusionCampaign + "/exclusions/" + exclusion + "/remove"));
        }
        pages.add(Page.of("new procurement", "/procurements/new"));
        if (procurement != null) {
            pages.add(Page.of("edit procurement", "/procurements/" + procurement + "/edit"));
            pages.add(Page.of("delete procurement", "/procurements/" + procurement + "/delete"));
            pages.add(Page.of("assessment", "/procurements/" + procurement + "/assessment"));
        }
        pages.add(Page.of("new offer", "/offers/new"));
        pages.add(Page.of("size classes", "/offers/size-classes"));
        if (offer != null) {
            pages.add(Page.of("offer", "/offers/" + offer));
            pages.add(Page.of("edit offer", "/offers/" + offer + "/edit"));
            pages.add(Page.of("delete offer", "/offers/" + offer + "/delete"));
        }
        if (scenario != null) {
            pages.add(Page.of("edit scenario", "/scenarios/" + scenario + "/edit"));
            pages.add(Page.of("delete scenario", "/scenarios/" + scenario + "/delete"));
        }
        if (admin) {
            pages.add(Page.of("import territory", "/territories/import?siren=" + siren));
            pages.add(Page.of("users", "/admin/users"));
            pages.add(Page.of("disable user", "/admin/users/" + elected + "/disable"));
            pages.add(Page.of("all tokens", "/admin/tokens"));
            pages.add(Page.of("thresholds", "/admin/thresholds"));
            if (threshold != null) {
                pages.add(Page.of("edit threshold", "/admin/thresholds/" + threshold + "/edit"));
                pages.add(Page.of("delete threshold", "/admin/thresholds/" + threshold + "/delete"));
            }
            String q = "/admin/questionnaires/" + questionnaire.theme();
            pages.add(Page.of("questionnaires", "/admin/questionnaires"));
            pages.add(Page.of("questionnaire", q + "/" + questionnaire.version()));
            pages.add(Page.of("new draft", q + "/drafts"));
            pages.add(Page.of(
                    "remove question", q + "/" + questionnaire.version() + "/questions/" + question + "/remove"));
            pages.add(Page.of("publish", q + "/" + questionnaire.version() + "/publish"));
        }
        return pages;
    }

    @Test
    void signedOut() {
        browser.driver().manage().deleteAllCookies();
        walk(
                "anonymous",
                List.of(
                        Page.of("sign-in", "/login"),
                        Page.of("sign-in refused", "/login?refused"),
                        Page.of("invitation sign-in", "/login?invited"),
                        Page.of("invalid invitation", "/invitation/not-a-real-invitation-token")));
    }

    @Test
    void theKeyboardFocusRingIsDarkWithAWhiteInnerRing() {
        browser.driver().manage().deleteAllCookies();
        browser.driver().manage().window().setSize(DESKTOP);
        browser.open("/login");
        browser.driver().findElement(By.id("username")).sendKeys(Keys.TAB); // to the password
        browser.driver().switchTo().activeElement().sendKeys(Keys.TAB); // to the sign-in button
        @SuppressWarnings("unchecked")
        Map<String, Object> ring = (Map<String, Object>) browser.script("""
                var e = document.activeElement, s = getComputedStyle(e);
                return { tag: e.tagName, background: s.backgroundColor, outline: s.outlineStyle + ' '
                  + s.outlineWidth + ' ' + s.outlineColor, shadow: s.boxShadow };
                """);
        browser.shot("focus-ring-on-the-blue-button");
        assertThat(ring.get("tag")).as("focused by Tab: %s", ring).isEqualTo("BUTTON");
        assertThat(ring.get("background")).isEqualTo("rgb(11, 79, 138)");
        assertThat(ring.get("outline")).isEqualTo("solid 3px rgb(27, 27, 27)");
        assertThat((String) ring.get("shadow")).contains("rgb(255, 255, 255)");
    }

    @Test
    void administrator() {
        browser.signIn("admin", "demo-admin-2012");
        walk("admin", staff(true));
    }

    @Test
    void analyst() {
        browser.signIn("analyste", "demo-analyste-2012");
        walk(
                "analyste",
                staff(false).stream().filter(p -> !p.name().startsWith("edit ")).toList());
    }

    @Test
    void correspondent() {
        browser.signIn("botsorhel", "demo-botsorhel-2012");
        List<Page> pages = new ArrayList<>(common(false));
        pages.add(Page.of("campaign (open)", "/campaigns/" + open.id()));
        pages.add(Page.of("forbidden", "/admin/users"));
        walk("botsorhel", pages);
    }

    @Test
    void electedOfficial() {
        browser.signIn("elu", "demo-elu-2012");
        List<Page> pages = new ArrayList<>(common(false));
        pages.add(Page.of("campaign (2012)", "/campaigns/" + study.id()));
        walk("elu", pages);
    }

    private void walk(String who, List<Page> pages) {
        List<String> problems = new ArrayList<>();
        for (Page page : pages) {
            problems.addAll(check(who, page));
        }
        browser.driver().manage().window().setSize(DESKTOP);
        assertThat(problems).as("accessibility problems met by %s", who).isEmpty();
    }

    private List<String> check(String who, Page page) {
        List<String> problems = new ArrayList<>();
        String where = who + " / " + page.name() + " (" + page.path() + ")";
        long start = System.nanoTime();
        browser.driver().manage().window().setSize(DESKTOP);
        browser.open(page.path());
        for (String v : browser.axe()) {
            problems.add(where + " at 1280: " + v);
        }
        List<String> duplicates = browser.duplicateIds();
        if (!duplicates.isEmpty()) {
            problems.add(where + ": duplicate ids " + duplicates);
        }
        browser.driver().manage().window().setSize(PHONE);
        Object overflow = browser.script(OVERFLOW);
        if (overflow != null) {
            problems.add(where + " at 390: " + overflow);
        }
        for (String v : browser.axeLayout()) {
            problems.add(where + " at 390: " + v);
        }
        if (System.getProperty("a11y.shots") != null) {
            browser.shot(who + "-" + page.name() + "-390");
        }
        System.out.printf(
                "AccessibilityBrowserTests: %s checked in %d ms%n", where, (System.nanoTime() - start) / 1_000_000);
        return problems;
    }
}
