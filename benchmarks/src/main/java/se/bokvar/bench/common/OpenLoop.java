package se.bokvar.bench.common;

import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop pacing: request i is due at {@code start + i * interval} whatever happened to the ones before, and its
 * latency counts from that due time (no coordinated omission).
 */
public final class OpenLoop {

    private OpenLoop() {
    }

    /** Parks the calling thread until {@code dueNanos} (System.nanoTime); at once when that is past. */
    public static void awaitDue(long dueNanos) {
        long wait = dueNanos - System.nanoTime();
        if (wait > 0) {
            LockSupport.parkNanos(wait);
        }
    }
}
