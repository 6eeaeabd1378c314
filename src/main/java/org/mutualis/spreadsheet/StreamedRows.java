package org.mutualis.spreadsheet;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Rows made as a writer reaches them, never all held at once: a territory's export of 36,000
 * responses would otherwise keep every cell of every row in memory while the file is written. The
 * writers only walk the rows in order ({@link #iterator}) and ask their number ({@link #size}); each
 * walk starts the source again.
 */
final class StreamedRows extends AbstractList<List<GridCell>> {

    private final int size;
    private final Supplier<? extends Iterator<List<GridCell>>> source;

    StreamedRows(int size, Supplier<? extends Iterator<List<GridCell>>> source) {
        this.size = size;
        this.source = source;
    }

    @Override
    public Iterator<List<GridCell>> iterator() {
        return source.get();
    }

    /** Walks the rows up to the one asked: writers iterate, this serves the odd look-up. */
    @Override
    public List<GridCell> get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        Iterator<List<GridCell>> rows = iterator();
        for (int i = 0; i < index; i++) {
            rows.next();
        }
        return rows.next();
    }

    @Override
    public int size() {
        return size;
    }
}
