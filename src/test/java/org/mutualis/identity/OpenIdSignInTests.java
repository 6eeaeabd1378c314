package org.mutualis.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.StudyCodes.MORLAIX;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mutualis.PostgresAvailability;
import org.mutualis.TestDatabaseIsolation;
import org.mutualis.TestDatabaseProfiles;
import org.mutualis.shared.CollectivityKind;
import org.mutualis.territory.NewCollectivity;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sign-in through an OpenID Connect provider, against a real one ({@link TestOpenIdProvider}:
 * Spring Authorization Server, behaving as ProConnect) and the application on a real port: the
 * test is a browser that follows the whole authorization-code flow over HTTP — Mutualis's
 * button, the provider's sign-in form, the callback — with its own cookies for each server. The
 * application is configured by the very file production uses for ProConnect
 * ({@code application-proconnect.properties}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
@ContextConfiguration(initializers = TestDatabaseIsolation.class)
@ExtendWith(PostgresAvailability.class)
@TestPropertySource(locations = "classpath:application-proconnect.properties")
@Tag("db")
class OpenIdSignInTests {

    static final TestOpenIdProvider PROVIDER = TestOpenIdProvider.shared();

    /** The production file as it is, pointed at the test provider instead of https://<domain>/api/v2. */
    @DynamicPropertySource
    static void proConnect(DynamicPropertyRegistry registry) {
        registry.add("mutualis.sign-in.proconnect.url", PROVIDER::issuer);
        registry.add("PROCONNECT_CLIENT_ID", () -> TestOpenIdProvider.CLIENT_ID);
        registry.add("PROCONNECT_CLIENT_SECRET", () -> TestOpenIdProvider.CLIENT_SECRET);
    }

    /** Who the application says is signed in: the {@link CurrentUser} every controller gets. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Probe {
        @Bean
        WhoAmI whoAmI() {
            return new WhoAmI();
        }
    }

    @RestController
    static class WhoAmI {
        @GetMapping("/test/who-am-i")
        String who(CurrentUser user) {
            return user.id() + " " + user.username() + " " + user.role() + " " + user.collectivityId();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    Invitations invitations;

    @Autowired
    Accounts accounts;

    @Autowired
    Territories territories;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSignInPageOffersProConnectWhenItIsConfigured() throws Exception {
        Page login = new Browser().get(app("/login"));
        assertThat(login.body())
                .contains("Se connecter avec ProConnect")
                .contains("href=\"/oauth2/authorization/proconnect\"")
                .contains("<label for=\"username\""); // the password form stays
    }

    @Test
    void anInvitedAddressLinksItsAccountAndSignsInWithTheInvitedRoleAndCollectivite() throws Exception {
        long collectivity = newCollectivity();
        String email = address("agent");
        InvitationLink link = invitations.invite(email, "Mairie de test", collectivity, administrator());
        String login = person(email);
        String token = link.url().substring(link.url().lastIndexOf('/') + 1);
        // The invitation's page offers ProConnect in place of a password.
        assertThat(new Browser().get(app("/invitation/" + token)).body())
                .contains("sans choisir de mot de passe, vous connecter avec ProConnect")
                .contains("href=\"/oauth2/authorization/proconnect\"");

        Browser browser = new Browser();
        Page home = browser.signInAtProvider(app("/oauth2/authorization/proconnect"), login);

        assertThat(home.uri()).isEqualTo(app("/"));
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains(email);
        // The authorization request carries only what ProConnect documents (no PKCE), amr asked.
        URI authorize = browser.visited.stream()
                .filter(uri -> uri.getPath().endsWith("/api/v2/authorize"))
                .findFirst()
                .orElseThrow();
        assertThat(parameterNames(authorize))
                .containsExactlyInAnyOrder(
                        "response_type", "client_id", "scope", "state", "redirect_uri", "nonce", "claims");
        assertThat(browser.get(app("/test/who-am-i")).body())
                .isEqualTo(link.accountId() + " " + email + " CORRESPONDENT " + collectivity);
        // A correspondent, not an administrator.
        assertThat(browser.get(app("/admin/users")).status()).isEqualTo(403);
        assertThat(actions(email)).contains("INVITATION_ACCEPTED", "LOGIN");
        assertThat(detailOf(email, "LOGIN_FAILED")).isEmpty();
        // The invitation is used up: its password link no longer serves.
        assertThat(browser.get(app("/invitation/" + token)).status()).isEqualTo(410);
    }

    @Test
    void anAddressNobodyInvitedIsRefusedWithAFrenchPage() throws Exception {
        String stranger = address("inconnu");
        // An account with this address, but never invited: the address alone links nothing.
        String holder = address("titulaire");
        accounts.create(new NewAccount(holder, "Titulaire", Role.ANALYST, null, TestUsers.PASSWORD));

        for (String email : List.of(stranger, holder)) {
            Browser browser = new Browser();
            Page refused = browser.signInAtProvider(app("/oauth2/authorization/proconnect"), person(email));

            assertThat(refused.uri()).isEqualTo(app("/login?refused=uninvited"));
            assertThat(refused.status()).isEqualTo(200);
            assertThat(refused.body())
                    .contains("Connexion refusée")
                    .contains("Aucune invitation n’attend cette adresse électronique");
            assertThat(browser.get(app("/test/who-am-i")).uri()).isEqualTo(app("/login"));
            assertThat(actions(email)).containsExactly("LOGIN_FAILED");
            assertThat(detailOf(email, "LOGIN_FAILED"))
                    .first()
                    .asString()
                    .contains("ProConnect UNINVITED", "acr=eidas1", "amr=pwd");
        }
        assertThat(jdbc.sql("select count(*) from account_identity i join app_user u on u.id = i.user_id"
                                + " where u.username = :username")
                        .param("username", holder)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void laterSignInsAreMatchedByTheProvidersSubjectNotByTheAddress() throws Exception {
        long collectivity = newCollectivity();
        String email = address("fidele");
        InvitationLink link = invitations.invite(email, "Mairie de test", collectivity, administrator());
        String login = person(email);
        new Browser().signInAtProvider(app("/oauth2/authorization/proconnect"), login);

        // The provider now gives another address: the same person still signs in, as the same account.
        PROVIDER.changeEmail(login, address("nouvelle-adresse"));
        Browser again = new Browser();
        Page home = again.signInAtProvider(app("/oauth2/authorization/proconnect"), login);
        assertThat(home.uri()).isEqualTo(app("/"));
        assertThat(again.get(app("/test/who-am-i")).body())
                .isEqualTo(link.accountId() + " " + email + " CORRESPONDENT " + collectivity);

        // Someone else at the provider with the first address: the invitation is spent, the address
        // links nothing any more.
        Browser other = new Browser();
        Page refused = other.signInAtProvider(app("/oauth2/authorization/proconnect"), person(email));
        assertThat(refused.uri()).isEqualTo(app("/login?refused=uninvited"));
    }

    @Test
    void aDisabledAccountIsRefusedLinkedOrNot() throws Exception {
        CurrentUser administrator = administrator();
        long collectivity = newCollectivity();
        String linked = address("desactive");
        InvitationLink first = invitations.invite(linked, "Mairie de test", collectivity, administrator);
        String login = person(linked);
        Browser signedIn = new Browser();
        signedIn.signInAtProvider(app("/oauth2/authorization/proconnect"), login);
        assertThat(signedIn.get(app("/test/who-am-i")).status()).isEqualTo(200);
        accounts.setEnabled(first.accountId(), false, administrator);
        // Its open session ends with it, as a password session does.
        assertThat(signedIn.get(app("/test/who-am-i")).uri()).isEqualTo(app("/login"));

        Page refused = new Browser().signInAtProvider(app("/oauth2/authorization/proconnect"), login);
        assertThat(refused.uri()).isEqualTo(app("/login?refused=disabled"));
        assertThat(refused.body()).contains("Ce compte est désactivé");

        // Invited, then disabled before the first sign-in: the invitation does not open it either.
        String pending = address("jamais-venu");
        InvitationLink second = invitations.invite(pending, "Mairie de test", newCollectivity(), administrator);
        accounts.setEnabled(second.accountId(), false, administrator);
        Browser browser = new Browser();
        Page alsoRefused = browser.signInAtProvider(app("/oauth2/authorization/proconnect"), person(pending));
        assertThat(alsoRefused.uri()).isEqualTo(app("/login?refused=disabled"));
        assertThat(browser.get(app("/test/who-am-i")).uri()).isEqualTo(app("/login"));
    }

    @Test
    void anAddressTheProviderHasNotVerifiedAcceptsNoInvitation() throws Exception {
        String email = address("non-verifiee");
        InvitationLink link = invitations.invite(email, "Mairie de test", newCollectivity(), administrator());
        String login = person(email);
        PROVIDER.unverified(login);

        Page refused = new Browser().signInAtProvider(app("/oauth2/authorization/proconnect"), login);

        assertThat(refused.uri()).isEqualTo(app("/login?refused=unverified"));
        assertThat(refused.body()).contains("n’a pas été vérifiée");
        assertThat(invitations
                        .pending(link.url().substring(link.url().lastIndexOf('/') + 1))
                        .username())
                .as("the invitation is still live")
                .isEqualTo(email);
    }

    @Test
    void aUserInfoAnswerNotSignedByTheProviderIsNotBelieved() throws Exception {
        String email = address("usurpee");
        InvitationLink link = invitations.invite(email, "Mairie de test", newCollectivity(), administrator());
        String login = person(email);
        PROVIDER.forgeUserInfo(login);

        Browser browser = new Browser();
        Page refused = browser.signInAtProvider(app("/oauth2/authorization/proconnect"), login);

        assertThat(refused.uri()).isEqualTo(app("/login?refused=failed"));
        assertThat(refused.body()).contains("n’a pas abouti");
        assertThat(browser.get(app("/test/who-am-i")).uri()).isEqualTo(app("/login"));
        assertThat(actions(email)).doesNotContain("INVITATION_ACCEPTED", "LOGIN");
        assertThat(invitations
                        .pending(link.url().substring(link.url().lastIndexOf('/') + 1))
                        .username())
                .isEqualTo(email);
    }

    @Test
    void signingOutEndsTheProvidersSessionToo() throws Exception {
        String email = address("sortant");
        invitations.invite(email, "Mairie de test", newCollectivity(), administrator());
        Browser browser = new Browser();
        Page home = browser.signInAtProvider(app("/oauth2/authorization/proconnect"), person(email));

        HttpResponse<String> out = browser.post(app("/logout"), Map.of("_csrf", csrf(home.body())));

        assertThat(out.statusCode()).isEqualTo(302);
        URI endSession = URI.create(out.headers().firstValue("Location").orElseThrow());
        assertThat(endSession.toString()).startsWith(PROVIDER.issuer() + "/session/end?id_token_hint=");
        assertThat(endSession.getRawQuery()).contains("&state=", "&post_logout_redirect_uri=");
        // The sign-out form is posted here, then redirected to the provider: browsers check that
        // redirection against the page's form-action, which must name the provider's origin.
        URI issuer = URI.create(PROVIDER.issuer());
        assertThat(out.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains(
                        "form-action 'self' " + issuer.getScheme() + "://" + issuer.getHost() + ":" + issuer.getPort());
        assertThat(browser.get(app("/test/who-am-i")).uri()).isEqualTo(app("/login"));
    }

    // --- the world

    private CurrentUser administrator() {
        return TestUsers.create(accounts, Role.ADMIN);
    }

    private long newCollectivity() {
        String siren = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
        var territory = territories.create(
                siren,
                "CA de test " + siren,
                "CA",
                2026,
                "test",
                List.of(NewCollectivity.of(MORLAIX, "Morlaix", CollectivityKind.COMMUNE, 15_000, 2022)));
        return territories.collectivities(territory.id()).get(0).id();
    }

    private static String address(String who) {
        return who + "." + ThreadLocalRandom.current().nextInt(1_000_000) + "@mairie-test.fr";
    }

    /** A new person at the provider with this address; their provider login. */
    private static String person(String email) {
        String login = "agent-" + ThreadLocalRandom.current().nextLong(1L << 40);
        PROVIDER.person(login, email);
        return login;
    }

    private List<String> actions(String username) {
        return jdbc.sql("select action from audit_log where username = :username order by id")
                .param("username", username)
                .query(String.class)
                .list();
    }

    private List<String> detailOf(String username, String action) {
        return jdbc.sql("select detail from audit_log where username = :username and action = :action")
                .param("username", username)
                .param("action", action)
                .query(String.class)
                .list();
    }

    private static List<String> parameterNames(URI uri) {
        return java.util.Arrays.stream(uri.getRawQuery().split("&"))
                .map(pair -> pair.substring(0, pair.indexOf('=')))
                .toList();
    }

    private URI app(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String csrf(String html) {
        Matcher matcher =
                Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).as("a CSRF field in %s", html).isTrue();
        return matcher.group(1);
    }

    // --- the browser

    record Page(URI uri, int status, String body) {}

    /** Follows redirects itself and keeps each server's cookies, as a browser does. */
    static final class Browser {

        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        final List<URI> visited = new ArrayList<>();

        Page get(URI uri) throws IOException, InterruptedException {
            return follow(send(HttpRequest.newBuilder(uri).GET()), uri);
        }

        HttpResponse<String> post(URI uri, Map<String, String> form) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(uri)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
        }

        /** From Mutualis's button to the provider's form, signs in there, and back to Mutualis. */
        Page signInAtProvider(URI button, String login) throws IOException, InterruptedException {
            Page form = get(button);
            assertThat(form.uri().toString())
                    .as("the provider's sign-in form")
                    .startsWith(PROVIDER.issuer() + "/login");
            var fields = Map.of("username", login, "password", TestOpenIdProvider.PASSWORD, "_csrf", csrf(form.body()));
            return follow(post(form.uri(), fields), form.uri());
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            HttpRequest built = request.header("Accept", "text/html").build();
            visited.add(built.uri());
            return http.send(built, HttpResponse.BodyHandlers.ofString());
        }

        private Page follow(HttpResponse<String> response, URI from) throws IOException, InterruptedException {
            URI at = from;
            for (int hops = 0; hops < 20; hops++) {
                if (response.statusCode() / 100 != 3) {
                    return new Page(at, response.statusCode(), response.body());
                }
                at = at.resolve(response.headers().firstValue("Location").orElseThrow());
                response = send(HttpRequest.newBuilder(at).GET());
            }
            throw new AssertionError("too many redirects: " + visited);
        }

        private static String encode(Map<String, String> form) {
            return form.entrySet().stream()
                    .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
        }
    }
}
