package org.mutualis.shared.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The static files, and only them, under their own paths: {@code /css/**}, {@code /js/**},
 * {@code /webjars/**} and {@code /favicon.ico}. Spring Boot's default maps {@code /**} to the class
 * path, so that its link rewriting ({@code ResourceUrlEncodingFilter}) looked every {@code @{...}}
 * link of a page up in the jar, a miss per figure link that nothing cached (issue 11: 85 % of the
 * synthesis page's time under load). With these narrow patterns a page link matches no resource
 * handler and is left as it is; a static link is resolved once and cached by the resource chain.
 * {@code spring.web.resources.add-mappings=false} turns Spring Boot's own mappings off.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**")
                .addResourceLocations("classpath:/static/css/")
                .resourceChain(true);
        registry.addResourceHandler("/js/**")
                .addResourceLocations("classpath:/static/js/")
                .resourceChain(true);
        registry.addResourceHandler("/favicon.ico")
                .addResourceLocations("classpath:/static/")
                .resourceChain(true);
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true);
    }
}
