package org.mutualis.census;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.mutualis.shared.error.BusyException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many answers files are read and imported at once. Reading a file takes memory (a workbook
 * within every limit may still take tens of megabytes while it is parsed), so past a few at once
 * the next one waits a moment for a slot, then is refused with a 503 that says to try again,
 * rather than queueing without end until the memory runs out.
 */
@Component
class ImportSlots {

    private final Semaphore slots;
    private final Duration wait;

    ImportSlots(
            @Value("${mutualis.imports.max-concurrent:2}") int maxConcurrent,
            @Value("${mutualis.imports.wait:PT1S}") Duration wait) {
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("mutualis.imports.max-concurrent must be at least 1");
        }
        this.slots = new Semaphore(maxConcurrent, true);
        this.wait = wait;
    }

    /**
     * Runs the work in a slot.
     *
     * @throws BusyException when no slot freed within the wait; the work did not run
     */
    <T> T run(Supplier<T> work) {
        if (!tryAcquire(wait)) {
            throw new BusyException("census.import.busy");
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }

    /** Takes a slot, as an import does; for tests that fill the slots. */
    boolean tryAcquire(Duration within) {
        try {
            return slots.tryAcquire(within.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Gives back a slot taken with {@link #tryAcquire}. */
    void release() {
        slots.release();
    }
}
