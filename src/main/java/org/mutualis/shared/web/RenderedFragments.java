package org.mutualis.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.ref.WeakReference;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.LruCache;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The rendered HTML of a page's heavy part, kept as long as the object it was rendered from: a page
 * whose content comes from a cached read model (a campaign's synthesis for one reader profile, kept
 * until its data change) renders that content once per language, and every later request only
 * renders the layout around it. Under load the synthesis page spent nine tenths of its time in the
 * template of its figure tables (docs/benchmarks.md).
 *
 * <p>The owner is compared by identity: a new read model (the data changed, another reader profile)
 * renders again. Only what depends on the owner, the language and the application may go into a
 * cached fragment: no form (its CSRF token is the session's), no name of the signed-in user, no
 * flash message. At most {@value #SIZE} fragments are kept, the least recently used dropped first.
 */
@Component
public class RenderedFragments {

    static final int SIZE = 256;

    private final ThymeleafViewResolver views;

    private final LruCache<String, Rendered> cache = new LruCache<>(SIZE);

    private record Rendered(WeakReference<Object> owner, String html) {}

    RenderedFragments(ThymeleafViewResolver views) {
        this.views = views;
    }

    /**
     * The HTML of {@code fragment} ({@code "template :: selector"}), rendered with the request's
     * model (which must hold everything the fragment reads) the first time it is asked for this
     * owner and language.
     */
    public String html(
            Object owner, String fragment, Model model, HttpServletRequest request, HttpServletResponse response) {
        return html(owner, fragment, model, m -> {}, request, response);
    }

    /**
     * As {@link #html(Object, String, Model, HttpServletRequest, HttpServletResponse)}, with {@code
     * prepare} adding to the model what only the fragment reads (costly to compute, so computed only
     * when the fragment is rendered).
     */
    public String html(
            Object owner,
            String fragment,
            Model model,
            Consumer<Model> prepare,
            HttpServletRequest request,
            HttpServletResponse response) {
        Locale locale = RequestContextUtils.getLocale(request);
        String key = fragment + '|' + locale.toLanguageTag() + '|' + System.identityHashCode(owner);
        Rendered rendered = cache.get(key);
        if (rendered != null && rendered.owner().get() == owner) {
            return rendered.html();
        }
        prepare.accept(model);
        String html = render(fragment, locale, model, request, response);
        cache.put(key, new Rendered(new WeakReference<>(owner), html));
        return html;
    }

    /** How many fragments are kept (tests). */
    int size() {
        return cache.size();
    }

    private String render(
            String fragment, Locale locale, Model model, HttpServletRequest request, HttpServletResponse response) {
        try {
            @Nullable View view = views.resolveViewName(fragment, locale);
            if (view == null) {
                throw new IllegalStateException("No template for " + fragment);
            }
            Capture capture = new Capture(response);
            view.render(model.asMap(), request, capture);
            return capture.text();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Could not render " + fragment, e);
        }
    }

    /** A response that keeps what is written and leaves the real one untouched. */
    private static final class Capture extends HttpServletResponseWrapper {

        private final StringWriter text = new StringWriter(16 * 1024);
        private final PrintWriter writer = new PrintWriter(text);

        Capture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        @Override
        public void setContentType(String type) {}

        @Override
        public void setCharacterEncoding(String charset) {}

        @Override
        public void setLocale(Locale locale) {}

        @Override
        public void setContentLength(int length) {}

        @Override
        public void setContentLengthLong(long length) {}

        @Override
        public void flushBuffer() {}

        String text() {
            writer.flush();
            return text.toString();
        }
    }
}
