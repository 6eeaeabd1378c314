package org.mutualis.identity.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.mutualis.identity.CurrentUsers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Language of the pages: French unless the person picks another with {@code ?lang=}, remembered
 * in a cookie; an API client's {@code Accept-Language} is heard. The detour to the password page
 * while a new password is due. And the signed-in person as a {@code CurrentUser} argument of any
 * controller method ({@link CurrentUserArguments}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    // Requests that must get through while a new password is due: the page itself, its assets, the API.
    private static final String[] PASSWORD_DETOUR_EXEMPT = {
        "/account/password",
        "/login",
        "/logout",
        "/error",
        "/error/**",
        "/css/**",
        "/js/**",
        "/images/**",
        "/webjars/**",
        "/favicon.ico",
        "/api/**",
        "/actuator/**"
    };

    private final CurrentUsers users;

    WebConfiguration(CurrentUsers users) {
        this.users = users;
    }

    /** Named {@code localeResolver} so that Spring Boot's fixed-locale resolver steps aside. */
    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("mutualis-lang");
        resolver.setDefaultLocale(Locale.FRENCH);
        // An API client states its language with Accept-Language; pages stay French until one is picked.
        resolver.setDefaultLocaleFunction(
                request -> request.getRequestURI().startsWith("/api/") && request.getHeader("Accept-Language") != null
                        ? request.getLocale()
                        : Locale.FRENCH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
        registry.addInterceptor(new PasswordDetour()).excludePathPatterns(PASSWORD_DETOUR_EXEMPT);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CurrentUserArguments(users));
    }
}
