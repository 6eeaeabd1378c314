package org.mutualis.census.files;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * A list seen through a function, each element mapped when it is reached and not kept: the rows of
 * an export stay one at a time, whatever the list they come from.
 */
final class Mapped<A, B> extends AbstractList<B> {

    private final List<A> source;
    private final Function<A, B> mapping;

    private Mapped(List<A> source, Function<A, B> mapping) {
        this.source = source;
        this.mapping = mapping;
    }

    static <A, B> List<B> of(List<A> source, Function<A, B> mapping) {
        return new Mapped<>(source, mapping);
    }

    @Override
    public B get(int index) {
        return mapping.apply(source.get(index));
    }

    @Override
    public Iterator<B> iterator() {
        Iterator<A> walk = source.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return walk.hasNext();
            }

            @Override
            public B next() {
                return mapping.apply(walk.next());
            }
        };
    }

    @Override
    public int size() {
        return source.size();
    }
}
