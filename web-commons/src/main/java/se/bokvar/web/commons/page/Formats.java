package se.bokvar.web.commons.page;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.quarkus.qute.TemplateExtension;
import se.bokvar.web.commons.format.SwedishDates;

/**
 * Template extensions for dates: {@code {notice.receivedAt.sv}} gives "fre 11 dec 2026 kl. 14:05",
 * {@code {deadline.dueOn.sv}} "fre 11 dec 2026", {@code .iso} the machine form for {@code <time datetime>}.
 */
@TemplateExtension
public final class Formats {

    private Formats() {
    }

    static String sv(LocalDate date) {
        return SwedishDates.date(date);
    }

    static String sv(OffsetDateTime time) {
        return SwedishDates.dateTime(time);
    }

    static String svDate(OffsetDateTime time) {
        return SwedishDates.date(time);
    }

    static String iso(LocalDate date) {
        return SwedishDates.isoDate(date);
    }

    static String iso(OffsetDateTime time) {
        return SwedishDates.isoDateTime(time);
    }
}
