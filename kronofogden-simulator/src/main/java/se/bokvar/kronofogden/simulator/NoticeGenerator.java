package se.bokvar.kronofogden.simulator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Realistic but invented eviction notices (underrättelse om avhysning): valid personnummer (check digit and all),
 * Göteborg addresses across the four boards of the SAMPLE routing table, an eviction about a week ahead on a
 * weekday morning. No real person or address is meant.
 */
public final class NoticeGenerator {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private static final String[] GIVEN = { "Maria", "Ahmed", "Sara", "Johan", "Fatima", "Erik", "Amina", "Lars", "Elin",
            "Mohammed", "Karin", "Ali", "Anna", "Peter", "Leila", "Mikael", "Hanna", "Omar", "Eva", "Nils" };
    private static final String[] FAMILY = { "Andersson", "Johansson", "Karlsson", "Nilsson", "Hassan", "Larsson", "Ali",
            "Olsson", "Persson", "Mohamed", "Svensson", "Gustafsson", "Pettersson", "Yilmaz", "Jönsson", "Lindberg" };
    /** Street, postal code, and the board the SAMPLE routing table gives it. */
    private static final String[][] ADDRESSES = {
            { "Beryllgatan 14", "415 05", "nordost" }, { "Hjällbovägen 3", "424 32", "nordost" },
            { "Rannebergsvägen 27", "424 42", "nordost" }, { "Exempelgatan 12", "415 02", "nordost" },
            { "Tuvevägen 41", "417 42", "hisingen" }, { "Vårväderstorget 6", "418 37", "hisingen" },
            { "Övre Husargatan 9", "411 22", "centrum" }, { "Redbergsvägen 18", "416 65", "centrum" },
            { "Frölundagatan 120", "421 45", "sydvast" }, { "Fjällgatan 33", "414 67", "sydvast" } };
    private static final String[][] LANDLORDS = { { "Hemma Bostäder AB", "556677-8899" },
            { "Älvstaden Fastigheter AB", "556012-3456" }, { "Bostadsbolaget Exempel AB", "559100-2224" },
            { "Förvaltnings AB Gårdarna", "556801-2347" } };
    private static final String[] OFFICERS = { "Karl Kronofogde", "Lena Förrättningsman", "Tomas Verkställare", "Ingrid Utmätare" };

    private final Random random;

    public NoticeGenerator(Random random) {
        this.random = random;
    }

    /** A KFM case number in the usual shape, e.g. 14-736105-26. */
    public String kfmCaseNumber(LocalDate today) {
        return String.format("%02d-%06d-%02d", 10 + random.nextInt(10), random.nextInt(1_000_000), today.getYear() % 100);
    }

    /** A valid personnummer, YYYYMMDD-NNNC, for someone aged 20 to 75. */
    public String personalIdentityNumber(LocalDate today) {
        LocalDate born = today.minusYears(20).minusDays(random.nextInt(55 * 365));
        int birthNumber = 1 + random.nextInt(999);
        String nine = born.format(DateTimeFormatter.ofPattern("yyMMdd")) + String.format("%03d", birthNumber);
        return born.format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + String.format("%03d", birthNumber) + luhn(nine);
    }

    /** The Luhn check digit of nine digits (as Skatteverket computes it). */
    static int luhn(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < nineDigits.length(); i++) {
            int v = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += v > 9 ? v - 9 : v;
        }
        return (10 - sum % 10) % 10;
    }

    /**
     * A notice as Kronofogden sends it (docs/kronofogden/schemas/eviction-notice.schema.json), with any of
     * {@code overrides} applied.
     */
    public Map<String, Object> notice(OffsetDateTime now, SendNoticeRequest overrides) {
        SendNoticeRequest o = overrides == null ? SendNoticeRequest.NONE : overrides;
        LocalDate today = now.atZoneSameInstant(STOCKHOLM).toLocalDate();
        String[] address = ADDRESSES[random.nextInt(ADDRESSES.length)];
        String family = FAMILY[random.nextInt(FAMILY.length)];

        Map<String, Object> notice = new LinkedHashMap<>();
        notice.put("kfmCaseNumber", o.kfmCaseNumber() != null ? o.kfmCaseNumber() : kfmCaseNumber(today));
        List<Map<String, Object>> tenants = new ArrayList<>();
        if (o.tenants() != null && !o.tenants().isEmpty()) {
            for (SendNoticeRequest.Tenant t : o.tenants()) {
                tenants.add(tenant(t.personalIdentityNumber() != null ? t.personalIdentityNumber() : personalIdentityNumber(today),
                        t.name() != null ? t.name() : GIVEN[random.nextInt(GIVEN.length)] + " " + family));
            }
        } else {
            int count = random.nextInt(4) == 0 ? 2 : 1;
            for (int i = 0; i < count; i++) {
                tenants.add(tenant(personalIdentityNumber(today), GIVEN[random.nextInt(GIVEN.length)] + " " + family));
            }
        }
        notice.put("tenants", tenants);
        Map<String, Object> addr = new LinkedHashMap<>();
        addr.put("street", o.street() != null ? o.street() : address[0]);
        addr.put("postalCode", o.postalCode() != null ? o.postalCode() : address[1]);
        addr.put("city", o.city() != null ? o.city() : "Göteborg");
        // Kronofogden often does not know the flat number
        addr.put("flatNumber", o.flatNumber() != null ? o.flatNumber() : random.nextBoolean() ? null : String.valueOf(1001 + random.nextInt(400)));
        notice.put("address", addr);
        String[] landlord = LANDLORDS[random.nextInt(LANDLORDS.length)];
        Map<String, Object> applicant = new LinkedHashMap<>();
        applicant.put("name", o.applicantName() != null ? o.applicantName() : landlord[0]);
        applicant.put("organisationNumber", o.applicantName() != null ? null : landlord[1]);
        notice.put("applicant", applicant);
        notice.put("evictionAt", iso(o.evictionAt() != null ? o.evictionAt() : evictionAt(today)));
        String officer = OFFICERS[random.nextInt(OFFICERS.length)];
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("name", officer);
        contact.put("phone", "010-" + (100 + random.nextInt(900)) + " " + (10 + random.nextInt(90)) + " " + (10 + random.nextInt(90)));
        contact.put("email", officer.toLowerCase().replace(' ', '.').replace("ö", "o").replace("ä", "a").replace("å", "a")
                + "@kronofogden.example");
        notice.put("kfmContact", contact);
        notice.put("childrenKnown", o.childrenKnown() != null ? o.childrenKnown() : List.of("YES", "NO", "UNKNOWN").get(random.nextInt(3)));
        notice.put("sentAt", iso(now));
        return notice;
    }

    /** About a week ahead, on a weekday, at 09:00, 10:00 or 13:00 Stockholm time. */
    OffsetDateTime evictionAt(LocalDate today) {
        LocalDate day = today.plusDays(7 + random.nextInt(3));
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        LocalTime time = List.of(LocalTime.of(9, 0), LocalTime.of(10, 0), LocalTime.of(13, 0)).get(random.nextInt(3));
        return day.atTime(time).atZone(STOCKHOLM).toOffsetDateTime();
    }

    private static Map<String, Object> tenant(String personalIdentityNumber, String name) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("personalIdentityNumber", personalIdentityNumber);
        t.put("name", name);
        return t;
    }

    static String iso(OffsetDateTime at) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.withNano(0));
    }
}
