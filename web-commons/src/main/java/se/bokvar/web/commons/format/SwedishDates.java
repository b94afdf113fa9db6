package se.bokvar.web.commons.format;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import se.bokvar.rules.calendar.Stockholm;

/**
 * Dates and times as a Swedish caseworker reads them, always in Europe/Stockholm: "fre 11 dec 2026" and
 * "fre 11 dec 2026 kl. 14:05". Weekday and month are short, lower case and without a full stop, as Swedish
 * writes them (Språkrådet); the JDK's own Swedish short forms vary between versions ("dec." with a full stop),
 * so the names are spelled out here.
 */
public final class SwedishDates {

    private static final String[] WEEKDAYS = { "mån", "tis", "ons", "tors", "fre", "lör", "sön" };
    private static final String[] MONTHS = { "jan", "feb", "mars", "apr", "maj", "juni", "juli", "aug", "sep", "okt",
            "nov", "dec" };
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private SwedishDates() {
    }

    /** "fre 11 dec 2026"; an empty string for no date. */
    public static String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        return WEEKDAYS[date.getDayOfWeek().getValue() - 1] + " " + date.getDayOfMonth() + " "
                + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    /** The Stockholm calendar day of {@code instant}, as {@link #date(LocalDate)}. */
    public static String date(Instant instant) {
        return instant == null ? "" : date(Stockholm.dateOf(instant));
    }

    /** The Stockholm calendar day of {@code time} (whatever offset it carries), as {@link #date(LocalDate)}. */
    public static String date(OffsetDateTime time) {
        return time == null ? "" : date(time.toInstant());
    }

    /** "fre 11 dec 2026 kl. 14:05" in Stockholm time; an empty string for no time. */
    public static String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime local = instant.atZone(Stockholm.STOCKHOLM);
        return date(local.toLocalDate()) + " kl. " + TIME.format(local);
    }

    /** As {@link #dateTime(Instant)}. */
    public static String dateTime(OffsetDateTime time) {
        return time == null ? "" : dateTime(time.toInstant());
    }

    /** The machine-readable form for a {@code <time datetime>} attribute: ISO date. */
    public static String isoDate(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** The machine-readable form for a {@code <time datetime>} attribute: ISO instant with the Stockholm offset. */
    public static String isoDateTime(OffsetDateTime time) {
        return time == null ? "" : time.toInstant().atZone(Stockholm.STOCKHOLM).toOffsetDateTime().toString();
    }
}
