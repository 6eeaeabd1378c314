package org.mutualis.identity.security;

import org.mutualis.identity.SignInAttempts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The one password check of form sign-in, throttled: declared as the application's {@link
 * AuthenticationProvider}, it replaces the unthrottled one Spring Security would build from the
 * {@link UserDetailsService} (it builds none when a provider bean exists), so no other way in skips
 * the counts. Other sign-in methods (OpenID Connect) add their own providers beside it.
 */
@Configuration(proxyBeanMethods = false)
class SignInProtection {

    @Bean
    AuthenticationProvider throttledSignIn(
            UserDetailsService accounts, PasswordEncoder passwordEncoder, SignInAttempts attempts) {
        var passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ThrottledSignIn(passwords, attempts);
    }
}
