package org.mutualis.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

/**
 * A real OpenID Provider for the sign-in tests: Spring Authorization Server in a small context of
 * its own, on a random port of {@code localhost} (the application under test is reached on
 * {@code 127.0.0.1}, so that the two sessions' cookies stay apart). It behaves as ProConnect does
 * where it matters: its addresses ({@code <issuer>/authorize}, {@code /token}, {@code /userinfo},
 * {@code /jwks}, {@code /session/end} under an issuer ending in {@code /api/v2}), scopes {@code given_name usual_name email siret}, {@code acr}/{@code amr} in
 * the ID token, and a UserInfo answer that is a JWT signed with the provider's key
 * ({@code application/jwt}). People are added by the tests; their e-mail address can change.
 * One provider for the whole test run, started on first use.
 */
final class TestOpenIdProvider {

    static final String CLIENT_ID = "mutualis";
    static final String CLIENT_SECRET = "test-secret-not-used-anywhere-else";
    static final String PASSWORD = "mot de passe du fournisseur";

    private static @Nullable TestOpenIdProvider shared;

    private final AnnotationConfigServletWebServerApplicationContext context;
    private final People people;

    private TestOpenIdProvider() {
        context = new AnnotationConfigServletWebServerApplicationContext();
        context.register(Provider.class);
        context.refresh();
        people = context.getBean(People.class);
        Runtime.getRuntime().addShutdownHook(new Thread(context::close));
    }

    static synchronized TestOpenIdProvider shared() {
        if (shared == null) {
            shared = new TestOpenIdProvider();
        }
        return shared;
    }

    /** The issuer, as the provider's discovery document states it. */
    String issuer() {
        return "http://localhost:" + context.getWebServer().getPort() + "/api/v2";
    }

    /** Adds a person who signs in at the provider with {@code login} and {@link #PASSWORD}. */
    void person(String login, @Nullable String email) {
        people.users.createUser(User.withUsername(login)
                .password("{noop}" + PASSWORD)
                .roles("AGENT")
                .build());
        people.emails.put(login, email == null ? "" : email);
    }

    /** The provider says this person's address is not verified ({@code email_verified: false}). */
    void unverified(String login) {
        people.unverified.add(login);
    }

    /**
     * This person's UserInfo answers are signed with another key than the provider's (an attacker
     * between the application and the provider), under the provider's key id.
     */
    void forgeUserInfo(String login) {
        people.forged.add(login);
    }

    /** The provider now gives another address for this person (their subject does not change). */
    void changeEmail(String login, String email) {
        people.emails.put(login, email);
    }

    /** Who the provider knows, and their current addresses. */
    static final class People {
        final InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
        final Map<String, String> emails = new ConcurrentHashMap<>();
        final Set<String> unverified = ConcurrentHashMap.newKeySet();
        final Set<String> forged = ConcurrentHashMap.newKeySet();
    }

    // Not a @Configuration: the application's component scan must not find it.
    @EnableWebSecurity
    @EnableWebMvc
    static class Provider {

        private final RSAKey key = rsaKey();
        private final RSAKey rogue = rsaKey(key.getKeyID());
        private @Nullable People people;

        @Bean
        TomcatServletWebServerFactory webServerFactory() {
            var tomcat = new TomcatServletWebServerFactory(0);
            tomcat.setContextPath("/api/v2"); // ProConnect's issuer and endpoints: https://<domain>/api/v2/…
            return tomcat;
        }

        @Bean
        DispatcherServlet dispatcherServlet() {
            return new DispatcherServlet();
        }

        @Bean
        People people() {
            people = new People();
            return people;
        }

        @Bean
        InMemoryUserDetailsManager users(People people) {
            return people.users;
        }

        @Bean
        @Order(1)
        SecurityFilterChain protocol(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(server -> {
                        http.securityMatcher(server.getEndpointsMatcher());
                        server.oidc(oidc -> oidc.userInfoEndpoint(userInfo -> userInfo.userInfoMapper(
                                        context -> new OidcUserInfo(userInfo(context.getAuthorization()
                                                .getAccessToken()
                                                .getClaims())))
                                .userInfoResponseHandler((request, response, authentication) -> {
                                    var claims = ((OidcUserInfoAuthenticationToken) authentication).getUserInfo();
                                    response.setContentType("application/jwt");
                                    response.getWriter()
                                            .write(signed(
                                                    claims.getClaims(),
                                                    request.getRequestURL()
                                                            .toString()
                                                            .replaceFirst("/userinfo$", "")));
                                })));
                    })
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    // The UserInfo endpoint takes the access token as a bearer token.
                    .oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()))
                    .exceptionHandling(
                            errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain signIn(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        RegisteredClientRepository clients() {
            return new InMemoryRegisteredClientRepository(
                    RegisteredClient.withId(UUID.randomUUID().toString())
                            .clientId(CLIENT_ID)
                            .clientSecret("{noop}" + CLIENT_SECRET)
                            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                            // A loopback address: any port (RFC 8252 §7.3), the application's is random.
                            .redirectUri("http://127.0.0.1/login/oauth2/code/proconnect")
                            .postLogoutRedirectUri("http://127.0.0.1/login?logout")
                            .scope(OidcScopes.OPENID)
                            .scope(OidcScopes.EMAIL)
                            .scopes(scopes -> scopes.addAll(Set.of("given_name", "usual_name", "siret")))
                            .clientSettings(ClientSettings.builder()
                                    .requireAuthorizationConsent(false)
                                    // As ProConnect, whose documented parameters have no PKCE.
                                    .requireProofKey(false)
                                    .build())
                            .build());
        }

        @Bean
        JwtDecoder accessTokens() throws JOSEException {
            return NimbusJwtDecoder.withPublicKey(key.toRSAPublicKey()).build();
        }

        @Bean
        AuthorizationServerSettings authorizationServerSettings() {
            return AuthorizationServerSettings.builder()
                    .authorizationEndpoint("/authorize")
                    .tokenEndpoint("/token")
                    .jwkSetEndpoint("/jwks")
                    .oidcUserInfoEndpoint("/userinfo")
                    .oidcLogoutEndpoint("/session/end")
                    .build();
        }

        @Bean
        JWKSource<SecurityContext> keys() {
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        /** ProConnect's ID token: acr and amr; the identity itself comes from UserInfo. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> idTokens(People people) {
            return context -> {
                if ("id_token".equals(context.getTokenType().getValue())) {
                    context.getClaims().claim("acr", "eidas1").claim("amr", List.of("pwd"));
                } else {
                    // The access token carries who the person is now, for the UserInfo answer.
                    String login = context.getPrincipal().getName();
                    String email = people.emails.getOrDefault(login, "");
                    if (!email.isEmpty()) {
                        context.getClaims().claim("email", email);
                    }
                    if (people.unverified.contains(login)) {
                        context.getClaims().claim("email_verified", false);
                    }
                    context.getClaims()
                            .claim("given_name", "Agent")
                            .claim("usual_name", login)
                            .claim("siret", "21290151700018");
                }
            };
        }

        private static Map<String, Object> userInfo(Map<String, Object> accessToken) {
            Map<String, Object> claims = new HashMap<>();
            for (String name : List.of("sub", "email", "email_verified", "given_name", "usual_name", "siret")) {
                if (accessToken.get(name) != null) {
                    claims.put(name, accessToken.get(name));
                }
            }
            return claims;
        }

        private String signed(Map<String, Object> claims, String issuer) {
            var set = JwtClaimsSet.builder()
                    .issuer(issuer)
                    .issuedAt(Instant.now())
                    .audience(List.of(CLIENT_ID));
            claims.forEach(set::claim);
            boolean forged = people != null && people.forged.contains(String.valueOf(claims.get("sub")));
            JWKSource<SecurityContext> signer = forged ? new ImmutableJWKSet<>(new JWKSet(rogue)) : keys();
            return new NimbusJwtEncoder(signer)
                    .encode(JwtEncoderParameters.from(
                            JwsHeader.with(SignatureAlgorithm.RS256).build(), set.build()))
                    .getTokenValue();
        }

        private static RSAKey rsaKey() {
            return rsaKey(UUID.randomUUID().toString());
        }

        private static RSAKey rsaKey(String id) {
            try {
                var generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                var pair = generator.generateKeyPair();
                return new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                        .privateKey((RSAPrivateKey) pair.getPrivate())
                        .keyID(id)
                        .build();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
