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
 * <p>Bounded by what the syntheses weigh rather than by their number, least recently used out:
 * a synthesis weighs its collectivités plus its answering ones plus {@link #FIGURES} for its
 * figures ({@link #weight}, some 2 KB a unit), and the entries together weigh at most {@link
 * #WEIGHT}: a national synthesis (36 864 collectivités, 36 000 answers: 72 939, measured at some
 * 150 MB of figures, inputs and notes, answers included) beside every EPCI's of France (1 255
 * syntheses, 30 collectivités on average: 129 000 together, some 190 MB measured), or two national
 * ones and some of those, never three; at most {@link #CAPACITY} entries whatever they weigh. Soft as well: the JVM may still
 * drop a synthesis under memory pressure rather than fail. One computation per campaign at a time:
 * fifty readers arriving together wait (a bounded time) for the first one's result instead of
 * computing it fifty times.
 */
final class SynthesisCache<V> {

    /** Campaigns kept at most, however light: every EPCI of France has room. */
    static final int CAPACITY = 4_096;

    /** Total weight kept: one national synthesis and every EPCI's, or two national ones. */
    static final long WEIGHT = 210_000;

    /** What a synthesis's some 850 figures weigh whatever its size (150 KB: 75 collectivités'). */
    static final long FIGURES = 75;

    record Key(long campaignId, boolean english) {}

    private record Entry<V>(CampaignDataVersion version, SoftReference<V> value, long weight) {}

    /** In access order: the eldest is the least recently used. */
    private final LinkedHashMap<Key, Entry<V>> entries = new LinkedHashMap<>(16, 0.75f, true);

    /** Guarded by {@link #entries}. */
    private long weight;

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
            put(key, new Entry<>(version, new SoftReference<>(value), weight(version)));
            return value;
        } finally {
            if (locked) {
                lock.unlock();
            }
        }
    }

    /**
     * What a synthesis of this version weighs: its collectivités plus those that answered, which
     * is what its figures' inputs and notes, and the answers kept beside it, grow with.
     */
    static long weight(CampaignDataVersion version) {
        return FIGURES + version.collectivities() + (long) version.campaign().responses();
    }

    private void put(Key key, Entry<V> entry) {
        synchronized (entries) {
            Entry<V> replaced = entries.put(key, entry);
            weight += entry.weight() - (replaced == null ? 0 : replaced.weight());
            // Least recently used out until the rest fits; the entry just computed always stays.
            var eldest = entries.entrySet().iterator();
            while ((weight > WEIGHT || entries.size() > CAPACITY) && eldest.hasNext()) {
                Map.Entry<Key, Entry<V>> e = eldest.next();
                if (e.getKey().equals(key)) {
                    continue;
                }
                weight -= e.getValue().weight();
                eldest.remove();
            }
        }
    }

    /** How many syntheses are kept (tests). */
    int size() {
        synchronized (entries) {
            return entries.size();
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
            weight = 0;
        }
    }
}
