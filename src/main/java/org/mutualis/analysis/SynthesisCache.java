package org.mutualis.analysis;

import java.lang.ref.SoftReference;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.mutualis.census.CampaignDataVersion;

/**
 * The last syntheses computed, each under the {@link CampaignDataVersion} it was computed from: a
 * view finds the entry of its campaign and uses it only if the version it has just read is equal
 * to the entry's. Any write to what a synthesis rests on (an answer, a status, an exclusion, the
 * strata bands, the territory) moves the version, so the next view computes afresh: never stale,
 * also with several instances (the version is read from the database on every view).
 *
 * <p>Bounded ({@link #CAPACITY} campaigns, least recently used out) and soft: the JVM may drop a
 * national synthesis under memory pressure rather than fail. One computation per campaign at a
 * time: fifty readers arriving together wait (a bounded time) for the first one's result instead
 * of computing it fifty times.
 */
final class SynthesisCache<V> {

    /** Campaigns kept: the demo has a handful; a national instance views a few at once. */
    static final int CAPACITY = 32;

    record Key(long campaignId, boolean english) {}

    private record Entry<V>(CampaignDataVersion version, SoftReference<V> value) {}

    private final Map<Key, Entry<V>> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry<V>> eldest) {
            return size() > CAPACITY;
        }
    };

    private final Map<Key, ReentrantLock> locks = new ConcurrentHashMap<>();

    /** How long a reader waits for another computing the same synthesis before computing it too. */
    private static final long WAIT_MILLIS = 2_000;

    /** The value computed for this version, computing it (once) if the cache has another. */
    V get(Key key, CampaignDataVersion version, Supplier<V> compute) {
        V cached = lookUp(key, version);
        if (cached != null) {
            return cached;
        }
        ReentrantLock lock = locks.computeIfAbsent(key, k -> new ReentrantLock());
        // Wait a little for another reader computing the same synthesis, never long: a caller may
        // hold a pooled connection (its transaction) while it waits, and the one computing may need
        // another; after the wait, compute without the lock rather than risk starving the pool.
        boolean locked = false;
        try {
            locked = lock.tryLock(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            cached = lookUp(key, version);
            if (cached != null) {
                return cached;
            }
            V value = compute.get();
            synchronized (entries) {
                entries.put(key, new Entry<>(version, new SoftReference<>(value)));
            }
            return value;
        } finally {
            if (locked) {
                lock.unlock();
            }
        }
    }

    private @Nullable V lookUp(Key key, CampaignDataVersion version) {
        Entry<V> entry;
        synchronized (entries) {
            entry = entries.get(key);
        }
        if (entry == null || !entry.version().equals(version)) {
            return null;
        }
        return entry.value().get();
    }

    /** Forgets everything (tests that change data behind the services' back). */
    void clear() {
        synchronized (entries) {
            entries.clear();
        }
    }
}
