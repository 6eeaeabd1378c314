package org.mutualis.identity.security;

import org.mutualis.identity.Accounts;
import org.mutualis.identity.Role;
import org.springframework.boot.security.autoconfigure.web.servlet.PathRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two filter chains. {@code /api/**}: stateless, personal tokens only, no CSRF (no cookie is
 * trusted there), problem documents for 401 and 403. Everything else: form sign-in, session,
 * CSRF, every page signed-in except sign-in, invitation links, static files, errors and the API
 * documentation; and, when a provider is configured, OpenID Connect sign-in ({@link OidcSignIn}).
 * {@code @EnableMethodSecurity} lets every module guard its services with {@code @PreAuthorize}.
 * Kept apart, each in its own class (docs/security.md): the throttled password check
 * ({@link SignInProtection}), the second factor after the password ({@link SecondFactorSignIn},
 * through {@link LoginSuccess}) and the response headers of both chains ({@link SecurityHeaders}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    // springdoc serves its UI under the parent of springdoc.swagger-ui.path, hence /api/swagger-ui.
    private static final String[] API_DOCS = {
        "/api/docs", "/api/docs/**", "/api/openapi", "/api/openapi/**", "/api/swagger-ui/**", "/api/swagger-ui.html"
    };

    /** What a service centre technician may open besides the public pages: everything else is 403. */
    private static final String[] TECHNICIAN_PAGES = {
        "/", "/servicedesk", "/servicedesk/**", "/account/**", "/aide", "/aide/**", "/logout"
    };

    private static final String[] TECHNICIAN_API = {"/api/servicedesk/**", "/api/me"};

    /** Anyone signed in but a technician (a technician is fenced into the service desk). */
    private static final AuthorizationManager<RequestAuthorizationContext> NOT_TECHNICIAN =
            (authentication, context) -> {
                var who = authentication.get();
                boolean allowed = who != null
                        && who.isAuthenticated()
                        && !(who instanceof AnonymousAuthenticationToken)
                        && who.getAuthorities().stream()
                                .noneMatch(a -> Role.TECHNICIAN.authority().equals(a.getAuthority()));
                return new AuthorizationDecision(allowed);
            };

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, Accounts accounts) throws Exception {
        var problems = new ApiProblems();
        http.securityMatcher(apiRequests())
                .authorizeHttpRequests(requests -> requests
                        // The inventory agents: the enrolment token in the address is their credential
                        .requestMatchers(HttpMethod.POST, "/api/inventory/agent/*")
                        .permitAll()
                        .requestMatchers(TECHNICIAN_API)
                        .authenticated()
                        .anyRequest()
                        .access(NOT_TECHNICIAN))
                .addFilterBefore(new ApiTokenFilter(accounts, problems), AnonymousAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable())
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(new SecurityHeaders());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http, OidcSignIn oidc, SecondFactorSignIn secondFactor) throws Exception {
        var expired = new ExpiredSessionAnswers();
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                PathRequest.toStaticResources().atCommonLocations())
                        .permitAll()
                        .requestMatchers("/login", "/css/**", "/webjars/**", "/favicon.ico", "/error")
                        .permitAll()
                        // The second sign-in step: only a person whose password was just checked gets past its page.
                        .requestMatchers("/login/totp", "/login/totp/**")
                        .permitAll()
                        // The invitation link is the credential: its holder chooses a password there.
                        .requestMatchers("/invitation/**")
                        .permitAll()
                        // A programme's calendar feed: its personal token in the path is the credential
                        .requestMatchers("/feeds/**")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers(API_DOCS)
                        .permitAll()
                        .requestMatchers("/admin/users/**", "/admin/tokens/**")
                        .hasRole("ADMIN")
                        // The service centre's technicians: the service desk and their own account only
                        .requestMatchers(TECHNICIAN_PAGES)
                        .authenticated()
                        .anyRequest()
                        .access(NOT_TECHNICIAN))
                // An expired session: 401 to the pages' scripts, the sign-in page and back to the form
                // to people; never an htmx fragment as the page to return to (ExpiredSessionAnswers).
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(expired).accessDeniedHandler(expired))
                .requestCache(cache -> cache.requestCache(pagesToReturnTo()))
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(new LoginSuccess(secondFactor))
                        .failureUrl("/login?error")
                        .permitAll())
                .logout(logout -> logout.logoutSuccessHandler(oidc.logoutSuccess("/login?logout"))
                        .permitAll())
                .headers(new SecurityHeaders(oidc.browserOrigins()));
        // ProConnect or another OpenID Connect provider, only when one is configured.
        oidc.configure(http, secondFactor);
        return http.build();
    }

    /** The pages a person returns to after signing in: those they navigated to, not a script's requests. */
    private static HttpSessionRequestCache pagesToReturnTo() {
        var cache = new HttpSessionRequestCache();
        var path = PathPatternRequestMatcher.withDefaults();
        cache.setRequestMatcher(new AndRequestMatcher(
                path.matcher(HttpMethod.GET, "/**"),
                new NegatedRequestMatcher(ScriptedRequests.INSTANCE),
                new NegatedRequestMatcher(new OrRequestMatcher(
                        path.matcher("/favicon.ico"),
                        path.matcher("/error"),
                        path.matcher("/error/**"),
                        (RequestMatcher) request -> request.getRequestURI().endsWith("/check"),
                        path.matcher("/js/**"),
                        path.matcher("/css/**"),
                        path.matcher("/webjars/**")))));
        return cache;
    }

    private static RequestMatcher apiRequests() {
        var path = PathPatternRequestMatcher.withDefaults();
        RequestMatcher[] docs = new RequestMatcher[API_DOCS.length];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = path.matcher(API_DOCS[i]);
        }
        return new AndRequestMatcher(path.matcher("/api/**"), new NegatedRequestMatcher(new OrRequestMatcher(docs)));
    }
}
