package se.bokvar.bench.faults;

import java.time.Duration;

/**
 * How a fault run streams notices and when it injects the faults.
 *
 * @param landlordRate       landlord terminations per second (open loop: each is due at its time, whatever happened to
 *                           the ones before)
 * @param evictionRate       Kronofogden eviction notices per second; each names an eviction date two days ago, so its
 *                           case has a breached eviction deadline to announce (exactly once)
 * @param concurrency        most requests in flight
 * @param requestTimeout     a request without an answer by then counts as failed (timed out)
 * @param steady             notices stream this long before the first fault (and between faults: {@code settle})
 * @param downtime           how long each faulty part stays down before it is started again
 * @param settle             streaming after each restart, before the next fault
 * @param rounds             how many times the three faults are injected (Kafka, case-service, PostgreSQL)
 * @param readInterval       a caseworker reads a case this often while the notices stream (audit check); zero: no reads
 * @param convergenceTimeout after the load, how long to wait for every stored notice to become a case
 * @param count              landlord notices to send in all (0: as many as the phases' time gives); with a count,
 *                           the notices stream on after the last fault until that many were sent
 */
public record FaultOptions(double landlordRate, double evictionRate, int concurrency, Duration requestTimeout,
        Duration steady, Duration downtime, Duration settle, int rounds, Duration readInterval,
        Duration convergenceTimeout, int count) {

    public FaultOptions {
        if (landlordRate <= 0 || evictionRate < 0 || concurrency <= 0 || rounds < 0 || count < 0) {
            throw new IllegalArgumentException("rates and concurrency must be positive, rounds and count not negative");
        }
    }

    /** The same run, sending {@code notices} landlord notices in all. */
    public FaultOptions withCount(int notices) {
        return new FaultOptions(landlordRate, evictionRate, concurrency, requestTimeout, steady, downtime, settle, rounds,
                readInterval, convergenceTimeout, notices);
    }

    /** The command's defaults: about three and a half minutes of streaming, ten seconds down per fault. */
    public static FaultOptions command() {
        return new FaultOptions(20, 1, 64, Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(10),
                Duration.ofSeconds(20), 1, Duration.ofMillis(500), Duration.ofSeconds(300), 0);
    }

    /** The system test's short version: the same faults, shorter phases, fewer notices. */
    public static FaultOptions shortVersion() {
        return new FaultOptions(10, 0.5, 64, Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofSeconds(4),
                Duration.ofSeconds(8), 1, Duration.ofSeconds(1), Duration.ofSeconds(120), 0);
    }
}
