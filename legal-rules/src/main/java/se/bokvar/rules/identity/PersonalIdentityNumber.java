package se.bokvar.rules.identity;

import dev.personnummer.Options;
import dev.personnummer.Personnummer;
import dev.personnummer.PersonnummerException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.bokvar.rules.calendar.Stockholm;
import se.bokvar.rules.identity.InvalidPersonalIdentityNumberException.Reason;

/**
 * Personnummer or samordningsnummer (co-ordination number), validated as Skatteverket does.
 *
 * <p>Accepted input, after trimming surrounding whitespace: {@code YYMMDDNNNC} or {@code YYYYMMDDNNNC}, with an
 * optional {@code -} or {@code +} before the last four digits. Nothing else: no inner spaces, letters (interim
 * numbers), other separators or other lengths.
 *
 * <p>Century of a 10-digit number, resolved against the injected clock (Europe/Stockholm): with {@code -} or no
 * separator the person is younger than 100, so the birth year is the latest one ending in {@code YY} whose birth
 * date is not after today; with {@code +} the person is 100 or older, so it is one century earlier. (The wrapped
 * library looks at the current year only, which is wrong between new year and the birthday: on 2026-11-22
 * {@code 261201-NNNC} is born 1926, not 2026.) A 12-digit number with {@code +} is valid only if the person is
 * 100 or older today. A birth date after today is invalid.
 *
 * <p>Samordningsnummer: the day is the birth day plus 60 (61–91). Birth number {@code 000} is invalid. The Luhn
 * check digit is verified by {@code dev.personnummer.Personnummer} on the canonical 12-digit form, after this
 * class has checked format, date and century itself.
 *
 * <p>The number is personal data: {@link #toString()} returns the {@linkplain #masked() masked} form and no
 * exception message contains the input.
 */
public final class PersonalIdentityNumber {

    private static final Pattern SHAPE =
            Pattern.compile("([0-9]{2})?([0-9]{2})([0-9]{2})([0-9]{2})([-+]?)([0-9]{3})([0-9])");
    private static final int COORDINATION_DAY_OFFSET = 60;
    private static final int FIRST_COORDINATION_DAY = 61;
    private static final Options LUHN_ONLY = new Options(true, false);

    private final String canonical;
    private final LocalDate birthDate;
    private final boolean coordinationNumber;

    private PersonalIdentityNumber(String canonical, LocalDate birthDate, boolean coordinationNumber) {
        this.canonical = canonical;
        this.birthDate = birthDate;
        this.coordinationNumber = coordinationNumber;
    }

    /**
     * Parses and validates a personnummer or samordningsnummer.
     *
     * @param input the number as typed (surrounding whitespace is ignored)
     * @param clock gives "today" in Europe/Stockholm, for the century and the future-date check
     * @throws InvalidPersonalIdentityNumberException if it is not valid (the message never contains the input)
     * @throws NullPointerException                   if either argument is null
     */
    public static PersonalIdentityNumber parse(String input, Clock clock) {
        Objects.requireNonNull(input, "personal identity number must not be null");
        Objects.requireNonNull(clock, "clock must not be null");
        Matcher matcher = SHAPE.matcher(input.strip());
        if (!matcher.matches()) {
            throw new InvalidPersonalIdentityNumberException(Reason.FORMAT);
        }
        String centuryDigits = matcher.group(1);
        int yearOfCentury = Integer.parseInt(matcher.group(2));
        int month = Integer.parseInt(matcher.group(3));
        int writtenDay = Integer.parseInt(matcher.group(4));
        boolean plus = matcher.group(5).equals("+");
        String birthNumber = matcher.group(6);
        if (birthNumber.equals("000")) {
            throw new InvalidPersonalIdentityNumberException(Reason.FORMAT);
        }
        boolean coordination = writtenDay >= FIRST_COORDINATION_DAY;
        int day = coordination ? writtenDay - COORDINATION_DAY_OFFSET : writtenDay;
        LocalDate today = Stockholm.today(clock);

        int year = centuryDigits == null
                ? resolveYear(yearOfCentury, month, day, plus, today)
                : Integer.parseInt(centuryDigits) * 100 + yearOfCentury;
        LocalDate birthDate = date(year, month, day);
        if (birthDate.isAfter(today)) {
            throw new InvalidPersonalIdentityNumberException(Reason.FUTURE_DATE);
        }
        if (plus && birthDate.plusYears(100).isAfter(today)) {
            throw new InvalidPersonalIdentityNumberException(Reason.CENTURY_MARKER);
        }
        String canonical = String.format("%04d%02d%02d%s%s",
                year, month, writtenDay, birthNumber, matcher.group(7));
        verifyCheckDigit(canonical);
        return new PersonalIdentityNumber(canonical, birthDate, coordination);
    }

    /**
     * Whether {@code input} is a valid personnummer or samordningsnummer today according to {@code clock}.
     * {@code null} input is not valid.
     */
    public static boolean isValid(String input, Clock clock) {
        Objects.requireNonNull(clock, "clock must not be null");
        if (input == null) {
            return false;
        }
        try {
            parse(input, clock);
            return true;
        } catch (InvalidPersonalIdentityNumberException e) {
            return false;
        }
    }

    /**
     * The birth year of a 10-digit number: the latest year ending in {@code yearOfCentury} whose birth date is
     * not after today (younger than 100), or one century earlier for {@code +} (100 or older).
     */
    private static int resolveYear(int yearOfCentury, int month, int day, boolean plus, LocalDate today) {
        MonthDay birthday;
        try {
            birthday = MonthDay.of(month, day);
        } catch (DateTimeException e) {
            throw new InvalidPersonalIdentityNumberException(Reason.DATE);
        }
        int year = today.getYear() - Math.floorMod(today.getYear() - yearOfCentury, 100);
        if (year == today.getYear() && birthday.isAfter(MonthDay.from(today))) {
            year -= 100;
        }
        return plus ? year - 100 : year;
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new InvalidPersonalIdentityNumberException(Reason.DATE);
        }
    }

    /** Luhn check by the wrapped library; its exception is dropped because its message may echo the input. */
    private static void verifyCheckDigit(String canonical) {
        try {
            Personnummer.parse(canonical, LUHN_ONLY);
        } catch (PersonnummerException e) {
            throw new InvalidPersonalIdentityNumberException(Reason.CHECK_DIGIT);
        }
    }

    /** The 12-digit form without separator, {@code YYYYMMDDNNNC} (the day plus 60 for a samordningsnummer). */
    public String canonical() {
        return canonical;
    }

    /** The birth date (for a samordningsnummer: the written day minus 60). */
    public LocalDate birthDate() {
        return birthDate;
    }

    /** Samordningsnummer: the day part is the birth day plus 60. */
    public boolean isCoordinationNumber() {
        return coordinationNumber;
    }

    /** Age in whole years on {@code date} (negative before the birth date). */
    public int ageOn(LocalDate date) {
        Objects.requireNonNull(date, "date must not be null");
        return Period.between(birthDate, date).getYears();
    }

    /**
     * Every form in which this number may have been written down, for finding it in stored text: the canonical 12
     * digits, {@code YYYYMMDD-NNNC}, {@code YYMMDDNNNC} and {@code YYMMDD-NNNC}, and, for someone 100 or older on
     * {@code today}, the {@code +} forms ({@code YYMMDD+NNNC}, {@code YYYYMMDD+NNNC}).
     */
    public java.util.List<String> writtenForms(LocalDate today) {
        String date = canonical.substring(0, 8);
        String last = canonical.substring(8);
        String shortDate = canonical.substring(2, 8);
        java.util.List<String> forms = new java.util.ArrayList<>(
                java.util.List.of(canonical, date + "-" + last, shortDate + last, shortDate + "-" + last));
        if (ageOn(today) >= 100) {
            forms.add(shortDate + "+" + last);
            forms.add(date + "+" + last);
        }
        return java.util.List.copyOf(forms);
    }

    /** {@code YYYYMMDD-****}: the date part as written (day plus 60 for a samordningsnummer), last four hidden. */
    public String masked() {
        return canonical.substring(0, 8) + "-****";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonalIdentityNumber
                && canonical.equals(((PersonalIdentityNumber) other).canonical);
    }

    @Override
    public int hashCode() {
        return canonical.hashCode();
    }

    /** The {@linkplain #masked() masked} form: the full number never appears in logs. */
    @Override
    public String toString() {
        return masked();
    }
}
