package org.mutualis.identity.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;

/**
 * How an OpenID Connect provider's ID tokens are checked: against its published keys, with the
 * algorithm of {@code mutualis.sign-in.signature-algorithm} (RS256 unless said otherwise;
 * ProConnect lets each service choose RS256 or ES256). Unused when no provider is configured.
 */
@Configuration(proxyBeanMethods = false)
class OidcIdTokens {

    @Bean
    JwtDecoderFactory<ClientRegistration> oidcIdTokenDecoderFactory(OidcSignIn signIn) {
        var factory = new OidcIdTokenDecoderFactory();
        factory.setJwsAlgorithmResolver(registration -> signIn.algorithm());
        return factory;
    }
}
