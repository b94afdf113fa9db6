package se.bokvar.intake.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Bounds the new notices one sender may send for one household (tenancy key): a token bucket per sender and
 * household, {@code burst} notices at once and {@code per-hour} more every hour. Why: case-service registers a
 * building's notices in order, one after the other, so a flood for one household (a landlord's system resending in
 * a loop under new references) would hold up every other building on the same Kafka partition for as long as it takes
 * to register the flood. With the bound, a flood holds them up for at most {@code burst} registrations (20 by
 * default; docs/benchmarks.md has the measured stall); the rest are refused with 429 and a {@code Retry-After}, so
 * nothing is lost: the
 * sender sees the refusal and sends again later. A real household gets a handful of notices a month, a monthly file
 * one per household, so no real sender meets the bound.
 * <p>
 * The buckets live in this replica's memory (at most {@code tracked} of them, the least recently used dropped first),
 * keyed by the sender and the tenancy key (a keyed hash of the address, no personal data). With several replicas the
 * bound is per replica; a restart forgets the buckets. A notice sent again under the same reference, or a replay of
 * an idempotency key, takes no token: only new notices do.
 */
@ApplicationScoped
public class HouseholdFlood {

    private final Clock clock;
    private final int burst;
    private final double perSecond;
    private final Counter shed;
    private final Map<String, Bucket> buckets;

    @Inject
    public HouseholdFlood(Clock clock, MeterRegistry registry,
            @ConfigProperty(name = "bokvar.intake.household-limit.burst", defaultValue = "20") int burst,
            @ConfigProperty(name = "bokvar.intake.household-limit.per-hour", defaultValue = "20") int perHour,
            @ConfigProperty(name = "bokvar.intake.household-limit.tracked", defaultValue = "100000") int tracked) {
        this.clock = clock;
        this.burst = burst;
        this.perSecond = Math.max(perHour, 1) / 3600.0;
        this.shed = Counter.builder("bokvar.notices.shed")
                .description("New notices refused (429) because their sender exceeded the bound for one household")
                .register(registry);
        this.buckets = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > tracked;
            }
        };
    }

    /**
     * Takes a token for one new notice of the sender for the household: empty when admitted, else the seconds until
     * a token is free again.
     */
    public OptionalLong admit(String senderId, String tenancyKey) {
        if (burst <= 0) {
            return OptionalLong.empty();
        }
        Instant now = clock.instant();
        String key = senderId + "\n" + tenancyKey;
        synchronized (buckets) {
            Bucket b = buckets.computeIfAbsent(key, k -> new Bucket(burst, now));
            b.refill(now, burst, perSecond);
            if (b.tokens >= 1) {
                b.tokens -= 1;
                return OptionalLong.empty();
            }
            shed.increment();
            return OptionalLong.of((long) Math.ceil((1 - b.tokens) / perSecond));
        }
    }

    /** The refusal's problem detail (no personal data: the reference is the sender's own). */
    static String detail(String reference, long retryAfterSeconds) {
        return "The notice " + reference + " was not received: this sender has sent more new notices for this household"
                + " (tenancy) than the bound allows in a short time. Send it again after " + retryAfterSeconds
                + " seconds (Retry-After); notices already received are kept.";
    }

    private static final class Bucket {
        double tokens;
        Instant at;

        Bucket(int burst, Instant now) {
            this.tokens = burst;
            this.at = now;
        }

        void refill(Instant now, int burst, double perSecond) {
            if (now.isAfter(at)) {
                tokens = Math.min(burst, tokens + Duration.between(at, now).toNanos() / 1e9 * perSecond);
                at = now;
            }
        }
    }
}
