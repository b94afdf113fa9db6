package se.bokvar.cases;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import se.bokvar.contracts.EventType;
import se.bokvar.contracts.EvictionEvents;
import se.bokvar.contracts.NoticeEvents;
import se.bokvar.contracts.v1.AddressV1;
import se.bokvar.contracts.v1.ChildrenKnownV1;
import se.bokvar.contracts.v1.ContactV1;
import se.bokvar.contracts.v1.EarlyWarningReceivedV1;
import se.bokvar.contracts.v1.EvictionNoticeReceivedV1;
import se.bokvar.contracts.v1.EvictionUpdatedV1;
import se.bokvar.contracts.v1.KeysV1;
import se.bokvar.contracts.v1.LandlordPartyV1;
import se.bokvar.contracts.v1.NoticeCorrectedV1;
import se.bokvar.contracts.v1.NoticeWithdrawnV1;
import se.bokvar.contracts.v1.PersonV1;
import se.bokvar.contracts.v1.RectificationRequestReceivedV1;
import se.bokvar.contracts.v1.ServedDateUpdatedV1;
import se.bokvar.contracts.v1.TenureV1;
import se.bokvar.contracts.v1.TerminationNoticeReceivedV1;
import se.bokvar.rules.household.TenancyKeys;
import se.bokvar.rules.routing.PostalCode;
import se.bokvar.testsupport.KafkaTestClient;
import se.bokvar.testsupport.ServiceTestResource;

/**
 * Builds and publishes the events of notice-intake-service and kronofogden-adapter as they do (CloudEvents, keys
 * computed with the platform's tenancy-key scheme and the test secret).
 */
public final class TestEvents {

    public static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    static final TenancyKeys KEYS = new TenancyKeys(ServiceTestResource.TEST_TENANCY_SECRET.getBytes(StandardCharsets.UTF_8));

    private TestEvents() {
    }

    /** An address: a fresh street (so tests do not meet each other's households) unless one is given. */
    public record Place(String street, String postalCode, String flat) {

        public static Place fresh(String postalCode, String flat) {
            return new Place("Testgatan " + UUID.randomUUID().toString().substring(0, 8), postalCode, flat);
        }

        public Place flat(String otherFlat) {
            return new Place(street, postalCode, otherFlat);
        }

        public AddressV1 address() {
            return new AddressV1(street, postalCode, "Göteborg", flat);
        }

        public KeysV1 keys() {
            PostalCode code = PostalCode.parse(postalCode);
            return new KeysV1(KEYS.buildingKey(code, street), KEYS.tenancyKey(code, street, flat));
        }
    }

    public static List<PersonV1> people(String... pins) {
        return Arrays.stream(pins).map(p -> new PersonV1(p, false, "Person " + p.substring(8))).toList();
    }

    public static TerminationNoticeReceivedV1 termination(Place place, LocalDate servedOn, Instant receivedAt,
            ChildrenKnownV1 children, String... pins) {
        return new TerminationNoticeReceivedV1(UUID.randomUUID(), "hemma-bostader", "REF-" + UUID.randomUUID(), receivedAt,
                TenureV1.RENTAL, people(pins), place.address(), 2, new BigDecimal("58"), "förstahandskontrakt",
                new BigDecimal("7850"), new BigDecimal("15700"), 2, servedOn, children,
                new ContactV1("Karin", "031-1234567", "karin@hemma.example"), place.keys());
    }

    public static RectificationRequestReceivedV1 rectification(Place place, Instant receivedAt, ChildrenKnownV1 children,
            String... pins) {
        return new RectificationRequestReceivedV1(UUID.randomUUID(), "hemma-bostader", "RR-" + UUID.randomUUID(),
                receivedAt, TenureV1.RENTAL, people(pins), place.address(), "DISTURBANCE", "Loud music at night",
                List.of(LocalDate.of(2026, 3, 1)), LocalDate.of(2026, 3, 2), children,
                new ContactV1("Karin", "031-1234567", "karin@hemma.example"), place.keys());
    }

    public static EarlyWarningReceivedV1 earlyWarning(Place place, Instant receivedAt, ChildrenKnownV1 children,
            String... pins) {
        return new EarlyWarningReceivedV1(UUID.randomUUID(), "hemma-bostader", "EW-" + UUID.randomUUID(), receivedAt,
                TenureV1.RENTAL, people(pins), place.address(), List.of("LATE_PAYMENTS"), "Paid late three months running",
                new BigDecimal("3000"), children, new ContactV1("Karin", "031-1234567", "karin@hemma.example"), place.keys());
    }

    public static NoticeCorrectedV1 correction(TerminationNoticeReceivedV1 corrected, Instant receivedAt) {
        return new NoticeCorrectedV1(UUID.randomUUID(), corrected.noticeId(), corrected.landlordId(), receivedAt,
                "Wrong debt amount", "TERMINATION_UNPAID_RENT", corrected, null, null, corrected.keys());
    }

    /** The same termination with another debt amount and served date (a correction's content). */
    public static TerminationNoticeReceivedV1 withDebt(TerminationNoticeReceivedV1 n, String debt, LocalDate servedOn) {
        return new TerminationNoticeReceivedV1(n.noticeId(), n.landlordId(), n.landlordReference(), n.receivedAt(),
                n.tenure(), n.tenants(), n.address(), n.rooms(), n.areaSquareMetres(), n.leaseType(), n.monthlyRent(),
                new BigDecimal(debt), n.monthsInArrears(), servedOn, n.childrenKnown(), n.contactPerson(), n.keys());
    }

    public static ServedDateUpdatedV1 servedDate(TerminationNoticeReceivedV1 n, LocalDate servedOn, Instant receivedAt) {
        return new ServedDateUpdatedV1(UUID.randomUUID(), n.noticeId(), n.landlordId(), receivedAt, servedOn, n.keys());
    }

    public static NoticeWithdrawnV1 withdrawal(UUID noticeId, KeysV1 keys, String reason, Instant receivedAt) {
        return new NoticeWithdrawnV1(UUID.randomUUID(), noticeId, "hemma-bostader", receivedAt, reason, null, keys);
    }

    public static EvictionNoticeReceivedV1 eviction(String kfmCaseNumber, Place place, Instant receivedAt,
            OffsetDateTime evictionAt, ChildrenKnownV1 children, String... pins) {
        return new EvictionNoticeReceivedV1(UUID.randomUUID(), kfmCaseNumber, receivedAt, evictionAt, people(pins),
                place.address(), new LandlordPartyV1("Hemma Bostäder AB", "556000-0000", "hemma-bostader"),
                new ContactV1("Officer Kronofogden", "0771-73 73 00", "kfm@example.invalid"), children, place.keys());
    }

    public static EvictionUpdatedV1 evictionUpdate(String kfmCaseNumber, KeysV1 keys, String update,
            OffsetDateTime evictionAt, Instant receivedAt) {
        return new EvictionUpdatedV1(UUID.randomUUID(), kfmCaseNumber, receivedAt, update, evictionAt, "note", keys);
    }

    /** Publishes an event as its producer would (a fresh CloudEvent id); returns the id. */
    public static <T> String publish(EventType<T> type, String key, String subject, T data) {
        return publish(type, key, subject, data, UUID.randomUUID().toString());
    }

    public static <T> String publish(EventType<T> type, String key, String subject, T data, String eventId) {
        try {
            KafkaTestClient.publish(type.topic().name(), key, eventId, type.type(), subject, MAPPER.writeValueAsString(data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return eventId;
    }

    public static String publish(TerminationNoticeReceivedV1 n) {
        return publish(NoticeEvents.TERMINATION_RECEIVED, n.keys().buildingKey(), n.noticeId().toString(), n);
    }

    public static String publish(RectificationRequestReceivedV1 n) {
        return publish(NoticeEvents.RECTIFICATION_RECEIVED, n.keys().buildingKey(), n.noticeId().toString(), n);
    }

    public static String publish(EarlyWarningReceivedV1 n) {
        return publish(NoticeEvents.EARLY_WARNING_RECEIVED, n.keys().buildingKey(), n.noticeId().toString(), n);
    }

    public static String publish(NoticeCorrectedV1 n) {
        return publish(NoticeEvents.CORRECTED, n.keys().buildingKey(), n.correctedNoticeId().toString(), n);
    }

    public static String publish(ServedDateUpdatedV1 n) {
        return publish(NoticeEvents.SERVED_DATE_UPDATED, n.keys().buildingKey(), n.noticeId().toString(), n);
    }

    public static String publish(NoticeWithdrawnV1 n) {
        return publish(NoticeEvents.WITHDRAWN, n.keys().buildingKey(), n.noticeId().toString(), n);
    }

    public static String publish(EvictionNoticeReceivedV1 n) {
        return publish(EvictionEvents.NOTICE_RECEIVED, n.keys().buildingKey(), n.kfmCaseNumber(), n);
    }

    public static String publish(EvictionUpdatedV1 n) {
        return publish(EvictionEvents.UPDATED, n.keys().buildingKey(), n.kfmCaseNumber(), n);
    }
}
