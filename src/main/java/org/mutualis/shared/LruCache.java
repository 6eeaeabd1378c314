package org.mutualis.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A small in-memory cache that drops its least recently used entry beyond {@code size}: for results
 * keyed by everything they are computed from (so never stale), or checked by their caller before use.
 * Thread-safe; two threads missing the same key at once may both compute it (the last one is kept).
 */
public final class LruCache<K, V> {

    private final Map<K, V> entries;

    public LruCache(int size) {
        this.entries = new LinkedHashMap<>(Math.min(size, 64), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > size;
            }
        };
    }

    public synchronized @Nullable V get(K key) {
        return entries.get(key);
    }

    public synchronized void put(K key, V value) {
        entries.put(key, value);
    }

    /** The value kept for {@code key}, else the one {@code compute} gives (kept). */
    public V get(K key, Supplier<V> compute) {
        V value = get(key);
        if (value == null) {
            value = compute.get();
            put(key, value);
        }
        return value;
    }

    public synchronized int size() {
        return entries.size();
    }
}
