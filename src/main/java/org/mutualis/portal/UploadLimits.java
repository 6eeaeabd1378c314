package org.mutualis.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * A file over the upload limit ({@code spring.servlet.multipart.*}), refused before anything else
 * reads the request. The limit is met while the servlet container reads the multipart body, which
 * the first reader of a parameter triggers — the CSRF check of a page, before any controller — and
 * the container's own answer is then a bare English page. So this filter, before the security
 * filters, reads the parts first (or trusts a {@code Content-Length} already over the limit) and
 * answers 413 itself: a problem document for {@code /api/…}, the one error page in the reader's
 * language for pages. Nothing was imported.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class UploadLimits extends OncePerRequestFilter {

    private static final String MESSAGE = "error.upload.too-large";

    private final ObjectProvider<MultipartConfigElement> config;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final ViewResolver views;
    private final JsonMapper json;

    UploadLimits(
            ObjectProvider<MultipartConfigElement> config,
            MessageSource messages,
            LocaleResolver locales,
            @Qualifier("thymeleafViewResolver") ViewResolver views,
            JsonMapper json) {
        this.config = config;
        this.messages = messages;
        this.locales = locales;
        this.views = views;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        MultipartConfigElement limits = config.getIfAvailable();
        long max = limits == null ? -1 : limits.getMaxRequestSize();
        if (max > 0 && request.getContentLengthLong() > max) {
            tooLarge(request, response);
            return;
        }
        try {
            request.getParts();
        } catch (IOException | ServletException | RuntimeException e) {
            if (overLimit(e)) {
                tooLarge(request, response);
                return;
            }
            // Another multipart fault is the business of whoever reads the request next.
        }
        chain.doFilter(request, response);
    }

    /** Whether the container refused the body for its size (file, request or number of parts). */
    static boolean overLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (t instanceof MaxUploadSizeExceededException
                    || name.endsWith("SizeException")
                    || name.contains("LimitExceeded")) {
                return true;
            }
        }
        return false;
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        HttpStatus status = HttpStatus.CONTENT_TOO_LARGE;
        Locale locale = locales.resolveLocale(request);
        response.setStatus(status.value());
        response.setHeader("Connection", "close");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", messages.getMessage("error.title.413", null, status.getReasonPhrase(), locale));
            problem.put("status", status.value());
            problem.put("detail", messages.getMessage(MESSAGE, null, MESSAGE, locale));
            problem.put("instance", request.getRequestURI());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getOutputStream().write(json.writeValueAsBytes(problem));
            return;
        }
        try {
            View page = views.resolveViewName("error", locale);
            if (page == null) {
                response.sendError(status.value());
                return;
            }
            // The page reads the reader's language as the dispatcher would have set it.
            request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, locales);
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            page.render(Map.of("status", status.value(), "messageKey", MESSAGE), request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
