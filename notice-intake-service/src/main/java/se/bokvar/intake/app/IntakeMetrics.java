package se.bokvar.intake.app;

import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import se.bokvar.rules.notice.NoticeKind;

/**
 * Business metrics of the intake (Prometheus: {@code bokvar_notices_received_total{kind, channel}} and
 * {@code bokvar_notice_amendments_total{amendment}}), counted after the transaction that stored them committed, so
 * a replayed request (idempotency key, same reference and content) is not counted twice. Labels are fixed
 * vocabularies: never a landlord, a reference or anything personal.
 */
@ApplicationScoped
public class IntakeMetrics {

    /** How a notice arrived. */
    public enum Channel {
        SINGLE, BATCH
    }

    /** A change to an earlier notice. */
    public enum Amendment {
        CORRECTION, SERVED_DATE, WITHDRAWAL
    }

    private final Map<NoticeKind, Counter> single = new EnumMap<>(NoticeKind.class);
    private final Map<NoticeKind, Counter> batch = new EnumMap<>(NoticeKind.class);
    private final Map<Amendment, Counter> amendments = new EnumMap<>(Amendment.class);

    @Inject
    public IntakeMetrics(MeterRegistry registry) {
        for (NoticeKind kind : NoticeKind.values()) {
            if (!kind.fromLandlord()) {
                continue;
            }
            single.put(kind, received(registry, kind, Channel.SINGLE));
            batch.put(kind, received(registry, kind, Channel.BATCH));
        }
        for (Amendment amendment : Amendment.values()) {
            amendments.put(amendment, Counter.builder("bokvar.notice.amendments")
                    .description("Amendments to earlier notices accepted (committed), by type")
                    .tag("amendment", amendment.name().toLowerCase(java.util.Locale.ROOT))
                    .register(registry));
        }
    }

    private static Counter received(MeterRegistry registry, NoticeKind kind, Channel channel) {
        return Counter.builder("bokvar.notices.received")
                .description("New notices stored (committed, a receipt given), by notice type and channel")
                .tag("kind", kind.name())
                .tag("channel", channel.name().toLowerCase(java.util.Locale.ROOT))
                .register(registry);
    }

    public void received(NoticeKind kind, Channel channel) {
        (channel == Channel.BATCH ? batch : single).get(kind).increment();
    }

    public void amended(Amendment amendment) {
        amendments.get(amendment).increment();
    }
}
