package org.mutualis.identity.security;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.json.JsonParseException;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Reads the UserInfo endpoint in either of its two forms (OpenID Connect Core §5.3.2): a JSON
 * object, or a JWT signed by the provider ({@code application/jwt}), which is what ProConnect
 * answers. A signed answer is checked against the provider's keys ({@code jwk-set-uri}) and
 * issuer before any of its claims is believed.
 */
final class SignedUserInfo implements OAuth2UserService<OAuth2UserRequest, OAuth2User> {

    static final MediaType APPLICATION_JWT = MediaType.parseMediaType("application/jwt");

    private final RestClient http;
    private final SignatureAlgorithm algorithm;
    private final Function<ClientRegistration, @Nullable String> issuers;
    private final Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();

    SignedUserInfo(SignatureAlgorithm algorithm, Function<ClientRegistration, @Nullable String> issuers) {
        this.issuers = issuers;
        var requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofSeconds(10));
        requests.setReadTimeout(Duration.ofSeconds(20));
        this.http = RestClient.builder().requestFactory(requests).build();
        this.algorithm = algorithm;
    }

    @Override
    public OAuth2User loadUser(OAuth2UserRequest request) {
        ClientRegistration registration = request.getClientRegistration();
        String uri = registration.getProviderDetails().getUserInfoEndpoint().getUri();
        ResponseEntity<String> response;
        try {
            response = http.get()
                    .uri(uri)
                    .headers(headers ->
                            headers.setBearerAuth(request.getAccessToken().getTokenValue()))
                    .accept(MediaType.APPLICATION_JSON, APPLICATION_JWT)
                    .retrieve()
                    .toEntity(String.class);
        } catch (RestClientException e) {
            throw invalid("the UserInfo endpoint failed: " + e.getMessage(), e);
        }
        String body = response.getBody();
        if (body == null || body.isBlank()) {
            throw invalid("the UserInfo endpoint answered nothing", null);
        }
        MediaType type = response.getHeaders().getContentType();
        Map<String, Object> claims;
        if (type != null && APPLICATION_JWT.isCompatibleWith(type)) {
            claims = verified(registration, body.strip()).getClaims();
        } else {
            try {
                claims = JsonParserFactory.getJsonParser().parseMap(body);
            } catch (JsonParseException e) {
                throw invalid("the UserInfo answer is not JSON", e);
            }
        }
        if (!(claims.get("sub") instanceof String)) {
            throw invalid("the UserInfo answer has no subject", null);
        }
        return new DefaultOAuth2User(AuthorityUtils.NO_AUTHORITIES, claims, "sub");
    }

    private Jwt verified(ClientRegistration registration, String token) {
        JwtDecoder decoder = decoders.computeIfAbsent(registration.getRegistrationId(), id -> decoder(registration));
        try {
            return decoder.decode(token);
        } catch (JwtException e) {
            throw invalid("the signed UserInfo answer does not verify: " + e.getMessage(), e);
        }
    }

    private JwtDecoder decoder(ClientRegistration registration) {
        var provider = registration.getProviderDetails();
        if (!StringUtils.hasText(provider.getJwkSetUri())) {
            throw invalid("a signed UserInfo answer needs the provider's jwk-set-uri", null);
        }
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(provider.getJwkSetUri())
                .jwsAlgorithm(algorithm)
                .build();
        String issuer = issuers.apply(registration);
        OAuth2TokenValidator<Jwt> validator = issuer != null
                ? new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(), new JwtIssuerValidator(issuer))
                : new JwtTimestampValidator();
        decoder.setJwtValidator(validator);
        return decoder;
    }

    private static OAuth2AuthenticationException invalid(String why, @Nullable Throwable cause) {
        var error = new OAuth2Error("invalid_user_info_response", why, null);
        return cause == null
                ? new OAuth2AuthenticationException(error)
                : new OAuth2AuthenticationException(error, cause);
    }
}
