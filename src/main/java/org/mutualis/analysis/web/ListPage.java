package org.mutualis.analysis.web;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** One page of a long list (a national territory's collectivités), pages numbered from 1. */
public record ListPage<T>(List<T> items, int page, int pages, int total, int size) {

    static <T> ListPage<T> of(List<T> all, int requested, int size) {
        int pages = Math.max(1, (all.size() + size - 1) / size);
        int page = Math.min(Math.max(1, requested), pages);
        int from = (page - 1) * size;
        return new ListPage<>(all.subList(from, Math.min(all.size(), from + size)), page, pages, all.size(), size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }

    public int first() {
        return items.isEmpty() ? 0 : (page - 1) * size + 1;
    }

    public int last() {
        return items.isEmpty() ? 0 : first() + items.size() - 1;
    }

    /** Whether a name contains what was typed, ignoring case and accents (« lanneanou » finds Lannéanou). */
    static boolean matches(String name, String typed) {
        return fold(name).contains(fold(typed));
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
