package se.bokvar.bench.intake;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Notices answered 201 and not yet seen as cases: id -> due time; seen ones go into the histogram. */
final class Visibility implements AutoCloseable {
    /** The oldest notices not seen yet that one poll looks up (cases are made roughly in arrival order). */
    static final int WINDOW = 1000;
    private final ConcurrentSkipListMap<Long, String> pendingByDue = new ConcurrentSkipListMap<>();
    final Histogram visible = new ConcurrentHistogram(TimeUnit.HOURS.toNanos(1), 3);
    final AtomicInteger seen = new AtomicInteger();
    final AtomicLong lastSeen = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Connection connection;
    private final Thread poller;

    Visibility(String url) throws SQLException {
        connection = DriverManager.getConnection(url);
        poller = new Thread(this::poll, "e2e-visibility");
        poller.setDaemon(true);
        poller.start();
    }

    void sent(String id, long dueNanos) {
        long key = dueNanos;
        while (pendingByDue.putIfAbsent(key, id) != null) {
            key++;
        }
    }

    int pending() {
        return pendingByDue.size();
    }

    private void poll() {
        try (PreparedStatement ps = connection.prepareStatement("select id::text from case_notice where id = any(?)")) {
            while (running.get()) {
                long t0 = System.nanoTime();
                Map<String, Long> window = new LinkedHashMap<>();
                for (Map.Entry<Long, String> e : pendingByDue.entrySet()) {
                    window.put(e.getValue(), e.getKey());
                    if (window.size() >= WINDOW) {
                        break;
                    }
                }
                if (!window.isEmpty()) {
                    ps.setArray(1, connection.createArrayOf("uuid", window.keySet().stream().map(UUID::fromString).toArray()));
                    try (ResultSet rs = ps.executeQuery()) {
                        long now = System.nanoTime();
                        while (rs.next()) {
                            String id = rs.getString(1);
                            Long due = window.get(id);
                            if (due != null && pendingByDue.remove(due, id)) {
                                visible.recordValue(Math.max(0, now - due));
                                seen.incrementAndGet();
                                lastSeen.set(now);
                            }
                        }
                    }
                }
                long sleep = TimeUnit.MILLISECONDS.toNanos(100) - (System.nanoTime() - t0);
                if (sleep > 0) {
                    LockSupport.parkNanos(sleep);
                }
            }
        } catch (SQLException e) {
            System.err.println("e2e visibility poll failed: " + e.getMessage());
        }
    }

    @Override
    public void close() throws SQLException {
        running.set(false);
        try {
            poller.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connection.close();
    }
}
