package org.mutualis.procurement.web;

import java.util.List;

/** One page of a list, for territories with many procurements. */
public record ListPage<T>(List<T> items, int number, int count, int total) {

    public boolean hasPrevious() {
        return number > 0;
    }

    public boolean hasNext() {
        return number + 1 < count;
    }

    public static <T> ListPage<T> of(List<T> all, int requested, int size) {
        int count = Math.max(1, (all.size() + size - 1) / size);
        int number = Math.min(Math.max(0, requested), count - 1);
        int from = number * size;
        return new ListPage<>(all.subList(from, Math.min(all.size(), from + size)), number, count, all.size());
    }
}
