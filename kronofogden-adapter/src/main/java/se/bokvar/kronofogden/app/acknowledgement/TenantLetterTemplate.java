package se.bokvar.kronofogden.app.acknowledgement;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import se.bokvar.rules.calendar.Stockholm;

/**
 * The copy to the tenant (kopia av bekräftelsen till hyresgästen, handbook ch. 4.2): a printable Swedish HTML
 * letter with the eviction date, the responsible caseworker and how to get help. Rendered with Qute, which
 * escapes every value: names and addresses come from other systems.
 */
@ApplicationScoped
public class TenantLetterTemplate {

    static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", SWEDISH);
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", SWEDISH);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm", SWEDISH);

    @CheckedTemplate(basePath = "letters")
    static class Templates {
        static native TemplateInstance tenantLetter(LetterView letter);
    }

    /** The letter as HTML. */
    public String render(LetterView letter) {
        return Templates.tenantLetter(letter).render();
    }

    public static String subject(boolean updated) {
        return updated ? "Ny ansvarig handläggare inför avhysningen" : "Kopia: socialtjänstens bekräftelse till Kronofogden om avhysning";
    }

    /** "torsdag 3 december 2026" in Stockholm. */
    public static String day(OffsetDateTime at) {
        return DAY.format(at.atZoneSameInstant(Stockholm.STOCKHOLM));
    }

    /** "09.00" in Stockholm. */
    public static String time(OffsetDateTime at) {
        return TIME.format(at.atZoneSameInstant(Stockholm.STOCKHOLM));
    }

    /** "22 november 2026" in Stockholm. */
    public static String date(Instant at) {
        return DATE.format(at.atZone(Stockholm.STOCKHOLM));
    }
}
