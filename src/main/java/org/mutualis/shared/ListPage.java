package org.mutualis.shared;

import java.util.List;
import java.util.function.Function;
import org.mutualis.shared.error.RejectedException;

/**
 * One page of a long list, as a list page shows it: the items, which page (1 for the first), the
 * page size and how many items the whole list holds. Built from two bounded queries (a count and
 * one page of rows), so that a page costs the same with 3 territories or the whole country.
 */
public record ListPage<T>(List<T> items, int number, int size, long total) {

    public ListPage {
        items = List.copyOf(items);
    }

    /**
     * The page to read: the one asked for (1 for the first), the last one when asked for a page
     * beyond it (the list got shorter since its link was made).
     *
     * @throws RejectedException (400) for a page number below 1: no link makes one, the address was
     *     typed or altered
     */
    public static int number(int requested, int size, long total) {
        return Math.min(requested(requested), count(size, total));
    }

    /**
     * A page number asked for, checked before anything is read: 1 or more.
     *
     * @throws RejectedException (400) below 1
     */
    public static int requested(int requested) {
        if (requested < 1) {
            throw new RejectedException("pagination.invalid", String.valueOf(requested));
        }
        return requested;
    }

    /** Rows to skip to reach page {@code number}. */
    public static long offset(int number, int size) {
        return (long) (Math.max(1, number) - 1) * size;
    }

    /** The whole list in one page (short lists that need no query of their own). */
    public static <T> ListPage<T> of(List<T> all, int requested, int size) {
        int number = number(requested, size, all.size());
        int from = (int) Math.min(all.size(), offset(number, size));
        return new ListPage<>(all.subList(from, Math.min(all.size(), from + size)), number, size, all.size());
    }

    private static int count(int size, long total) {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /** How many pages there are (1 for an empty list). */
    public int count() {
        return count(size, total);
    }

    public boolean isEmpty() {
        return total == 0;
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < count();
    }

    /** The rank of the first item shown (1-based), 0 when there is none. */
    public long first() {
        return items.isEmpty() ? 0 : offset(number, size) + 1;
    }

    /** The rank of the last item shown. */
    public long last() {
        return items.isEmpty() ? 0 : offset(number, size) + items.size();
    }

    public <R> ListPage<R> map(Function<? super T, R> f) {
        return new ListPage<>(items.stream().<R>map(f).toList(), number, size, total);
    }
}
