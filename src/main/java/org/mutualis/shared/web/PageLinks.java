package org.mutualis.shared.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.ListPage;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links of a list's page navigation (fragments/pagination :: nav): previous, next and a window
 * of page numbers around the current one, each link keeping the request's other parameters (the
 * search {@code q}, filters) and changing only {@code page}.
 *
 * @param parameter the request parameter that names the page, {@code page} unless a page shows two lists
 */
public record PageLinks(
        long total,
        long first,
        long last,
        int number,
        int count,
        @Nullable String previous,
        @Nullable String next,
        List<Link> links) {

    /** Page numbers shown on each side of the current page. */
    static final int AROUND = 2;

    /** A page number (or a gap « … » between distant numbers). */
    public record Link(int number, @Nullable String href, boolean current, boolean gap) {}

    /** The navigation of the current request's list, its page in the parameter {@code page}. */
    public static PageLinks of(ListPage<?> page) {
        return of(page, "page");
    }

    public static PageLinks of(ListPage<?> page, String parameter) {
        UriComponentsBuilder base = ServletUriComponentsBuilder.fromCurrentRequest();
        return of(page, parameter, base);
    }

    static PageLinks of(ListPage<?> page, String parameter, UriComponentsBuilder base) {
        int count = page.count();
        int number = page.number();
        List<Link> links = new ArrayList<>();
        int from = Math.max(1, number - AROUND);
        int to = Math.min(count, number + AROUND);
        if (from > 1) {
            links.add(new Link(1, href(base, parameter, 1), false, false));
            if (from > 2) {
                links.add(new Link(0, null, false, true));
            }
        }
        for (int n = from; n <= to; n++) {
            links.add(new Link(n, href(base, parameter, n), n == number, false));
        }
        if (to < count) {
            if (to < count - 1) {
                links.add(new Link(0, null, false, true));
            }
            links.add(new Link(count, href(base, parameter, count), false, false));
        }
        return new PageLinks(
                page.total(),
                page.first(),
                page.last(),
                number,
                count,
                page.hasPrevious() ? href(base, parameter, number - 1) : null,
                page.hasNext() ? href(base, parameter, number + 1) : null,
                List.copyOf(links));
    }

    /** The path and query of page {@code n}, relative to the server (context path included). */
    private static String href(UriComponentsBuilder base, String parameter, int n) {
        UriComponentsBuilder b = base.cloneBuilder().scheme(null).host(null).port(null);
        if (n == 1) {
            b.replaceQueryParam(parameter);
        } else {
            b.replaceQueryParam(parameter, n);
        }
        return b.build().toUriString();
    }
}
