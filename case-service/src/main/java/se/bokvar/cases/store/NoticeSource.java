package se.bokvar.cases.store;

import java.util.Locale;

import jakarta.persistence.Converter;

/** Where a notice came from; stored (and sent in events and the API) as its lower-case {@link #value()}. */
public enum NoticeSource {
    /** A landlord, through notice-intake-service. */
    LANDLORD,
    /** Kronofogden, through kronofogden-adapter. */
    KRONOFOGDEN,
    /** Another source (the tenant, a relative, another administration), registered by a caseworker. */
    OTHER;

    /** The text stored in {@code case_notice.source} and carried on the wire: landlord, kronofogden, other. */
    public String value() {
        return LowerCaseColumn.text(this);
    }

    public static NoticeSource of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    /** Keeps the stored text lower-case, as the migrations expect. */
    @Converter
    public static class Column extends LowerCaseColumn<NoticeSource> {
        public Column() {
            super(NoticeSource.class);
        }
    }
}
