package org.mutualis.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.FederatedIdentity;
import org.mutualis.identity.FederatedSignIns;
import org.mutualis.identity.SignInRefusedException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.endpoint.PkceParameterNames;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Sign-in through OpenID Connect providers (ProConnect, or any other), for the providers the
 * configuration registers ({@code spring.security.oauth2.client.registration.<id>.…}, see
 * docs/sign-in.md). Without any, nothing changes: {@link #configure} adds nothing and the sign-in
 * page shows no provider button.
 *
 * <p>The protocol (state, nonce, code exchange, signatures of the ID token and of a signed
 * UserInfo answer) is Spring Security's; who the person is in Mutualis is {@link
 * FederatedSignIns}'s decision. A refusal lands on {@code /login?refused=<reason>}. Signing out of
 * such a session also ends the provider's session through its {@code end_session_endpoint}.
 */
@Component
public class OidcSignIn {

    /** What the refusal page's address may say; anything else from a provider is {@code failed}. */
    static final String REFUSED = "/login?refused=";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A provider's button on the sign-in page. */
    public record Provider(String id, String name) {

        public String url() {
            return "/oauth2/authorization/" + id;
        }

        /** ProConnect has its own explanation page for people who do not know it. */
        public boolean proConnect() {
            return id.toLowerCase(Locale.ROOT).contains("proconnect");
        }
    }

    private final ObjectProvider<ClientRegistrationRepository> registrations;
    private final FederatedSignIns signIns;
    private final Environment environment;
    private final SignatureAlgorithm algorithm;
    private final String baseUrl;

    OidcSignIn(
            ObjectProvider<ClientRegistrationRepository> registrations,
            FederatedSignIns signIns,
            Environment environment,
            @Value("${mutualis.sign-in.signature-algorithm:RS256}") String algorithm,
            @Value("${mutualis.base-url}") String baseUrl) {
        this.registrations = registrations;
        this.signIns = signIns;
        this.environment = environment;
        this.algorithm = algorithm(algorithm);
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The configured providers, in the configuration's order; none when none is configured. */
    public List<Provider> providers() {
        List<Provider> providers = new ArrayList<>();
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object each : all) {
                if (each instanceof ClientRegistration registration) {
                    providers.add(new Provider(registration.getRegistrationId(), registration.getClientName()));
                }
            }
        }
        return providers;
    }

    /**
     * The origins (scheme, host, port) of the configured providers' endpoints a browser is sent to:
     * the authorization endpoint and, when known, the end-session endpoint; none without a provider.
     */
    List<String> browserOrigins() {
        List<String> origins = new ArrayList<>();
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object each : all) {
                if (each instanceof ClientRegistration registration) {
                    var details = registration.getProviderDetails();
                    addOrigin(origins, details.getAuthorizationUri());
                    addOrigin(
                            origins,
                            environment.getProperty(
                                    "mutualis.sign-in." + registration.getRegistrationId() + ".end-session-uri"));
                    if (details.getConfigurationMetadata().get("end_session_endpoint") instanceof String endSession) {
                        addOrigin(origins, endSession);
                    }
                }
            }
        }
        return origins;
    }

    private static void addOrigin(List<String> origins, @Nullable String uri) {
        if (!StringUtils.hasText(uri)) {
            return;
        }
        var parts = UriComponentsBuilder.fromUriString(uri).build();
        if (parts.getScheme() == null || parts.getHost() == null) {
            return;
        }
        String origin =
                parts.getScheme() + "://" + parts.getHost() + (parts.getPort() >= 0 ? ":" + parts.getPort() : "");
        if (!origins.contains(origin)) {
            origins.add(origin);
        }
    }

    /** The algorithm the providers sign ID tokens and UserInfo answers with. */
    SignatureAlgorithm algorithm() {
        return algorithm;
    }

    /**
     * Adds OpenID Connect sign-in to the pages' chain when a provider is configured. Its success
     * goes through the same steps as a password sign-in (second factor, then where one was going).
     */
    void configure(HttpSecurity http, SecondFactorSignIn secondFactor) throws Exception {
        if (registrations.getIfAvailable() == null) {
            return;
        }
        var protocol = new OidcUserService();
        protocol.setOauth2UserService(new SignedUserInfo(algorithm, this::issuer));
        protocol.setRetrieveUserInfo(request -> StringUtils.hasText(request.getClientRegistration()
                .getProviderDetails()
                .getUserInfoEndpoint()
                .getUri()));
        var requests = new DefaultOAuth2AuthorizationRequestResolver(registrations.getObject());
        requests.setAuthorizationRequestCustomizer(this::asTheProviderWants);
        http.oauth2Login(login -> login
                // The sign-in page stays the one page: no automatic detour to a single provider.
                .loginPage("/login")
                .authorizationEndpoint(authorization -> authorization.authorizationRequestResolver(requests))
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(accounts(protocol)))
                .successHandler(new LoginSuccess(secondFactor))
                .failureHandler(failure()));
    }

    /**
     * After sign-out: {@code target}, through the provider's {@code end_session_endpoint} when
     * the session came from a provider that has one.
     */
    LogoutSuccessHandler logoutSuccess(String target) {
        return (request, response, authentication) -> {
            String endSession = endSession(authentication);
            response.sendRedirect(endSession != null ? endSession : request.getContextPath() + target);
        };
    }

    private OAuth2UserService<OidcUserRequest, OidcUser> accounts(OidcUserService protocol) {
        return request -> {
            OidcUser vouched = protocol.loadUser(request);
            ClientRegistration registration = request.getClientRegistration();
            // Spring Security checks the issuer when it was discovered (issuer-uri); else the
            // configuration names it (mutualis.sign-in.<id>.issuer).
            String issuer = issuer(registration);
            if (issuer != null && !issuer.equals(vouched.getIdToken().getClaimAsString("iss"))) {
                throw new OAuth2AuthenticationException(
                        new OAuth2Error("invalid_id_token", "the ID token comes from another issuer", null));
            }
            var identity = new FederatedIdentity(
                    registration.getClientName(),
                    vouched.getIdToken().getClaimAsString("iss"),
                    vouched.getSubject(),
                    vouched.getEmail(),
                    vouched.getEmailVerified(),
                    assurance(vouched));
            CurrentUser user;
            try {
                user = signIns.signIn(identity);
            } catch (SignInRefusedException e) {
                throw new OAuth2AuthenticationException(
                        new OAuth2Error(e.why().name().toLowerCase(Locale.ROOT), e.getMessage(), null), e);
            } catch (DataAccessException e) {
                throw new OAuth2AuthenticationException(new OAuth2Error("server_error"), e);
            }
            return new OidcAccountDetails(user, registration.getRegistrationId(), vouched);
        };
    }

    /**
     * The authorization request, as each provider accepts it. PKCE is on unless
     * {@code mutualis.sign-in.<id>.pkce=false} (ProConnect documents a closed list of parameters
     * that has no {@code code_challenge}); {@code mutualis.sign-in.<id>.claims} adds a
     * {@code claims} parameter (ProConnect sends {@code amr} only when asked that way).
     */
    private void asTheProviderWants(OAuth2AuthorizationRequest.Builder request) {
        String[] id = {""};
        request.attributes(attributes -> id[0] = String.valueOf(attributes.get(OAuth2ParameterNames.REGISTRATION_ID)));
        String prefix = "mutualis.sign-in." + id[0] + ".";
        if (!environment.getProperty(prefix + "pkce", Boolean.class, true)) {
            request.attributes(attributes -> attributes.remove(PkceParameterNames.CODE_VERIFIER));
            request.additionalParameters(parameters -> {
                parameters.remove(PkceParameterNames.CODE_CHALLENGE);
                parameters.remove(PkceParameterNames.CODE_CHALLENGE_METHOD);
            });
        }
        String claims = environment.getProperty(prefix + "claims");
        if (StringUtils.hasText(claims)) {
            request.additionalParameters(parameters -> parameters.put("claims", claims.strip()));
        }
    }

    /** The issuer a provider's tokens must name: discovered, or configured with explicit endpoints. */
    @Nullable
    String issuer(ClientRegistration registration) {
        String discovered = registration.getProviderDetails().getIssuerUri();
        if (StringUtils.hasText(discovered)) {
            return discovered;
        }
        String configured = environment.getProperty("mutualis.sign-in." + registration.getRegistrationId() + ".issuer");
        return StringUtils.hasText(configured) ? configured : null;
    }

    private static AuthenticationFailureHandler failure() {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException e) -> {
            String reason = "failed";
            if (e instanceof OAuth2AuthenticationException refused) {
                String code = refused.getError().getErrorCode();
                for (SignInRefusedException.Reason each : SignInRefusedException.Reason.values()) {
                    if (each.name().toLowerCase(Locale.ROOT).equals(code)) {
                        reason = code;
                    }
                }
            }
            response.sendRedirect(request.getContextPath() + REFUSED + reason);
        };
    }

    private @Nullable String endSession(@Nullable Authentication authentication) throws IOException {
        if (!(authentication instanceof OAuth2AuthenticationToken token)
                || !(token.getPrincipal() instanceof OidcUser user)) {
            return null;
        }
        String id = token.getAuthorizedClientRegistrationId();
        String endpoint = environment.getProperty("mutualis.sign-in." + id + ".end-session-uri");
        if (!StringUtils.hasText(endpoint)) {
            ClientRegistrationRepository repository = registrations.getIfAvailable();
            ClientRegistration registration = repository == null ? null : repository.findByRegistrationId(id);
            Object discovered = registration == null
                    ? null
                    : registration
                            .getProviderDetails()
                            .getConfigurationMetadata()
                            .get("end_session_endpoint");
            endpoint = discovered == null ? null : discovered.toString();
        }
        if (!StringUtils.hasText(endpoint)) {
            return null;
        }
        byte[] state = new byte[32];
        RANDOM.nextBytes(state);
        return UriComponentsBuilder.fromUriString(endpoint)
                .queryParam("id_token_hint", user.getIdToken().getTokenValue())
                .queryParam("state", Base64.getUrlEncoder().withoutPadding().encodeToString(state))
                .queryParam("post_logout_redirect_uri", baseUrl + "/login?logout")
                .encode()
                .build()
                .toUriString();
    }

    // acr (ProConnect: eidas1…) and amr (pwd, mfa, totp…), as the provider states them.
    private static String assurance(OidcUser user) {
        String acr = user.getIdToken().getAuthenticationContextClass();
        List<String> amr = user.getIdToken().getAuthenticationMethods();
        return "acr=" + (acr == null ? "-" : acr) + ", amr=" + (amr == null ? "-" : String.join("+", amr));
    }

    private static SignatureAlgorithm algorithm(String name) {
        SignatureAlgorithm algorithm = SignatureAlgorithm.from(name.strip().toUpperCase(Locale.ROOT));
        if (algorithm == null) {
            throw new IllegalStateException(
                    "mutualis.sign-in.signature-algorithm: unknown JWS algorithm " + name + " (RS256, ES256…)");
        }
        return algorithm;
    }
}
