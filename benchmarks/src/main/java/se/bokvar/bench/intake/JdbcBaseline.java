package se.bokvar.bench.intake;

import static se.bokvar.bench.intake.IntakeReport.ms;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** The baseline over JDBC when pgbench is missing: the same transaction, C threads, unthrottled, then at the rate. */
final class JdbcBaseline {

    private final String url;
    private final IntakeOptions o;
    private final String[] statements;

    JdbcBaseline(String url, IntakeOptions o, String payload) {
        this.url = url;
        this.o = o;
        String tx = BaselineSql.transaction(payload);
        this.statements = tx.substring(tx.indexOf('\n') + 1, tx.lastIndexOf("END;")).split(";\n");
    }

    Baseline run() throws Exception {
        double max = phase(0, null);
        Histogram h = new ConcurrentHistogram(TimeUnit.MINUTES.toNanos(10), 3);
        double atRate = phase(o.rate(), h);
        System.out.printf("  JDBC, %d threads, unthrottled: %.0f transactions/s; at %.0f/s: p50 %s  p99 %s%n", o.concurrency(), max,
                o.rate(), ms(h, 50), ms(h, 99));
        return new Baseline("JDBC baseline", max, h, atRate);
    }

    private double phase(double rate, Histogram h) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(o.concurrency());
        AtomicLong done = new AtomicLong();
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(o.baselineSeconds());
        AtomicLong next = new AtomicLong();
        long interval = rate > 0 ? (long) (1e9 / rate) : 0;
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < o.concurrency(); t++) {
            workers.add(pool.submit(() -> {
                try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                    c.setAutoCommit(false);
                    while (true) {
                        long due = interval > 0 ? start + next.getAndIncrement() * interval : System.nanoTime();
                        if (due > end) {
                            return null;
                        }
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            TimeUnit.NANOSECONDS.sleep(wait);
                        }
                        for (String sql : statements) {
                            s.execute(sql);
                        }
                        c.commit();
                        done.incrementAndGet();
                        if (h != null) {
                            h.recordValue(System.nanoTime() - due);
                        }
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (Future<?> w : workers) {
            w.get();
        }
        pool.shutdown();
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }
}
