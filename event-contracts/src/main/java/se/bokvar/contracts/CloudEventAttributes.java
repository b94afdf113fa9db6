package se.bokvar.contracts;

/**
 * Names of the CloudEvents attributes as Kafka headers (CloudEvents Kafka protocol binding, binary content mode).
 * The record value is the event's {@code data} as JSON; the record key is the partition key.
 */
public final class CloudEventAttributes {
    public static final String SPEC_VERSION = "1.0";
    public static final String HEADER_PREFIX = "ce_";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String SPECVERSION = "ce_specversion";
    public static final String TYPE = "ce_type";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";
    public static final String DATA_CONTENT_TYPE = "application/json";
    /** W3C trace context, carried so one notice can be followed from intake to case. */
    public static final String TRACEPARENT = "traceparent";

    private CloudEventAttributes() {
    }
}
