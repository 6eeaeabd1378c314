package org.mutualis.identity;

import org.jspecify.annotations.Nullable;

/**
 * A person as an OpenID Connect provider (ProConnect or another) vouches for them, after the
 * protocol has checked the tokens' signatures, nonce and audience.
 *
 * @param provider the registration's name, for the audit log ("ProConnect")
 * @param issuer the provider's issuer identifier ({@code iss})
 * @param subject the person's identifier at the issuer ({@code sub}); ProConnect gives one per
 *     identity provider behind it
 * @param email the address the provider gives, if any
 * @param emailVerified the provider's {@code email_verified} claim, when it sends one
 * @param assurance how the provider authenticated the person ({@code acr}, {@code amr}), for the audit log
 */
public record FederatedIdentity(
        String provider,
        String issuer,
        String subject,
        @Nullable String email,
        @Nullable Boolean emailVerified,
        String assurance) {}
