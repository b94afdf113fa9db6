package se.bokvar.bench.common;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Samples the resident memory ({@code VmRSS}, /proc) of some processes at a fixed interval and keeps the highest. */
public final class RssSampler implements AutoCloseable {

    private final List<Long> pids;
    private final AtomicLong maxKb = new AtomicLong();
    private final AtomicLong lastKb = new AtomicLong();
    private final AtomicLong samples = new AtomicLong();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rss-sampler");
        t.setDaemon(true);
        return t;
    });

    private RssSampler(List<Long> pids) {
        this.pids = List.copyOf(pids);
    }

    /** Starts sampling the sum of the processes' VmRSS every {@code intervalMs}. */
    public static RssSampler start(List<Long> pids, long intervalMs) {
        RssSampler s = new RssSampler(pids);
        s.timer.scheduleAtFixedRate(s::sample, 0, intervalMs, TimeUnit.MILLISECONDS);
        return s;
    }

    private void sample() {
        long kb = 0;
        for (long pid : pids) {
            kb += Procs.rssKb(pid);
        }
        lastKb.set(kb);
        maxKb.accumulateAndGet(kb, Math::max);
        samples.incrementAndGet();
    }

    /** The highest sample so far, in MiB. */
    public double maxMiB() {
        return maxKb.get() / 1024.0;
    }

    /** The latest sample, in MiB. */
    public double lastMiB() {
        return lastKb.get() / 1024.0;
    }

    public long samples() {
        return samples.get();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
