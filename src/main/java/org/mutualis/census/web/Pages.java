package org.mutualis.census.web;

import java.util.List;

/** Cuts a list into pages for long territories (hundreds of communes). */
public final class Pages {

    private Pages() {}

    public record Page<T>(List<T> items, int number, int count, int total) {

        public boolean hasPrevious() {
            return number > 0;
        }

        public boolean hasNext() {
            return number + 1 < count;
        }
    }

    static <T> Page<T> of(List<T> all, int requested, int size) {
        int count = Math.max(1, (all.size() + size - 1) / size);
        int number = Math.min(Math.max(0, requested), count - 1);
        int from = number * size;
        return new Page<>(all.subList(from, Math.min(all.size(), from + size)), number, count, all.size());
    }
}
