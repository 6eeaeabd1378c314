package org.mutualis.identity.security;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The principal of a sign-in through an OpenID Connect provider: the same {@link AccountDetails}
 * (hence the same {@link CurrentUser}, role and collectivité) as a password sign-in, plus the
 * provider's tokens, which sign-out needs ({@code id_token_hint}). Never a password.
 */
public final class OidcAccountDetails extends AccountDetails implements OidcUser {

    private final String registrationId;
    private final OidcIdToken idToken;
    private final @Nullable OidcUserInfo userInfo;
    private final Map<String, Object> claims;

    OidcAccountDetails(CurrentUser user, String registrationId, OidcUser vouched) {
        super(user, null, true, false);
        this.registrationId = registrationId;
        this.idToken = vouched.getIdToken();
        this.userInfo = vouched.getUserInfo();
        Map<String, Object> all = new LinkedHashMap<>(idToken.getClaims());
        if (userInfo != null) {
            all.putAll(userInfo.getClaims());
        }
        this.claims = Collections.unmodifiableMap(all);
    }

    /** The configuration's name of the provider ({@code proconnect}). */
    public String registrationId() {
        return registrationId;
    }

    @Override
    public Map<String, Object> getClaims() {
        return claims;
    }

    @Override
    public @Nullable OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return claims;
    }

    /** The account's username, as for a password sign-in (audit log, sessions). */
    @Override
    public String getName() {
        return getUsername();
    }
}
