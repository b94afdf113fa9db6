package se.bokvar.rules.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.personnummer.Options;
import dev.personnummer.Personnummer;

/** Every number the generator makes is valid, as the parser and the wrapped library judge it, and born as asked. */
class PersonalIdentityNumbersTest {

    /** Midday 2026-11-22 in Stockholm. */
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-22T11:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2026, 11, 22);

    @Test
    void theCheckDigitIsSkatteverketsLuhn() {
        assertThat(PersonalIdentityNumbers.checkDigit("121212121")).isEqualTo(2);
        assertThat(PersonalIdentityNumbers.checkDigit("850315238")).isEqualTo(4);
        assertThat(PersonalIdentityNumbers.checkDigit("800101000")).isEqualTo(1);
        assertThatIllegalArgumentException().isThrownBy(() -> PersonalIdentityNumbers.checkDigit("12345678"));
        assertThatIllegalArgumentException().isThrownBy(() -> PersonalIdentityNumbers.checkDigit("12345678x"));
    }

    @Test
    void everyCheckDigitAgreesWithTheWrappedLibraryAndNoOtherDigitDoes() throws Exception {
        Options luhnOnly = new Options(true, false);
        for (int serial = 1; serial <= 999; serial++) {
            String number = PersonalIdentityNumbers.of(LocalDate.of(1985, 3, 15), serial);
            assertThat(Personnummer.valid(number, luhnOnly)).as(number).isTrue();
            for (int other = 0; other <= 9; other++) {
                String changed = number.substring(0, 11) + other;
                if (!changed.equals(number)) {
                    assertThat(Personnummer.valid(changed, luhnOnly)).as(changed).isFalse();
                }
            }
        }
    }

    @Test
    void everyBirthDateFrom1900ToTodayGivesAValidNumberBornThatDay() {
        int serial = 1;
        for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
            String number = PersonalIdentityNumbers.of(day, serial);
            PersonalIdentityNumber parsed = PersonalIdentityNumber.parse(number, TODAY);
            assertThat(parsed.birthDate()).as(number).isEqualTo(day);
            assertThat(parsed.canonical()).isEqualTo(number);
            assertThat(parsed.isCoordinationNumber()).isFalse();
            assertThat(number).hasSize(12).startsWith(day.toString().replace("-", ""));
            assertThat(number.substring(8, 11)).isEqualTo(String.format("%03d", serial));
            serial = serial % 999 + 1;
        }
    }

    @Test
    void everyBirthNumberGivesAValidNumber() {
        LocalDate birth = LocalDate.of(2000, 2, 29);
        for (int serial = PersonalIdentityNumbers.FIRST_SERIAL; serial <= PersonalIdentityNumbers.LAST_SERIAL; serial++) {
            String number = PersonalIdentityNumbers.of(birth, serial);
            assertThat(number.substring(8, 11)).isEqualTo(String.format("%03d", serial));
            assertThat(PersonalIdentityNumber.parse(number, TODAY).birthDate()).isEqualTo(birth);
            String hyphenated = PersonalIdentityNumbers.hyphenated(birth, serial);
            assertThat(hyphenated).isEqualTo(number.substring(0, 8) + "-" + number.substring(8));
            assertThat(PersonalIdentityNumber.parse(hyphenated, TODAY).canonical()).isEqualTo(number);
        }
        assertThat(PersonalIdentityNumbers.hyphenated(LocalDate.of(1985, 3, 15), 238)).isEqualTo("19850315-2384");
    }

    @Test
    void everyCoordinationNumberOfAYearIsValidAndBornThatDay() {
        for (LocalDate day = LocalDate.of(1996, 1, 1); day.getYear() == 1996; day = day.plusDays(1)) {
            String number = PersonalIdentityNumbers.coordinationNumber(day, 989);
            PersonalIdentityNumber parsed = PersonalIdentityNumber.parse(number, TODAY);
            assertThat(parsed.isCoordinationNumber()).as(number).isTrue();
            assertThat(parsed.birthDate()).isEqualTo(day);
            assertThat(Integer.parseInt(number.substring(6, 8))).isEqualTo(day.getDayOfMonth() + 60);
        }
    }

    @Test
    void randomNumbersAreValidWithinTheRangeAndRepeatableWithTheSeed() {
        LocalDate earliest = LocalDate.of(1951, 11, 22);
        LocalDate latest = LocalDate.of(2006, 11, 22);
        Random random = new Random(42);
        List<String> first = new ArrayList<>();
        boolean sawEarliestYear = false;
        boolean sawLatestYear = false;
        for (int i = 0; i < 20_000; i++) {
            String number = PersonalIdentityNumbers.random(random, earliest, latest);
            LocalDate born = PersonalIdentityNumber.parse(number, TODAY).birthDate();
            assertThat(born).as(number).isBetween(earliest, latest);
            sawEarliestYear |= born.getYear() == 1951;
            sawLatestYear |= born.getYear() == 2006;
            if (i < 100) {
                first.add(number);
            }
        }
        assertThat(sawEarliestYear).isTrue();
        assertThat(sawLatestYear).isTrue();
        Random again = new Random(42);
        for (String number : first) {
            assertThat(PersonalIdentityNumbers.random(again, earliest, latest)).isEqualTo(number);
        }
        LocalDate only = LocalDate.of(1985, 3, 15);
        assertThat(PersonalIdentityNumber.parse(PersonalIdentityNumbers.random(new Random(1), only, only), TODAY).birthDate())
                .isEqualTo(only);
        assertThatIllegalArgumentException().isThrownBy(() -> PersonalIdentityNumbers.random(new Random(1), latest, earliest));
        SplittableRandom splittable = new SplittableRandom(7);
        String fromSplittable = PersonalIdentityNumbers.random(splittable, earliest, latest);
        assertThat(PersonalIdentityNumber.parse(fromSplittable, TODAY).birthDate()).isBetween(earliest, latest);
        assertThat(PersonalIdentityNumbers.random(new SplittableRandom(7), earliest, latest)).isEqualTo(fromSplittable);
    }

    @Test
    void birthNumberZeroAndFiveDigitYearsAreRefused() {
        LocalDate birth = LocalDate.of(1985, 3, 15);
        assertThatIllegalArgumentException().isThrownBy(() -> PersonalIdentityNumbers.of(birth, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> PersonalIdentityNumbers.of(birth, 1000));
        assertThatIllegalArgumentException().isThrownBy(() -> PersonalIdentityNumbers.of(LocalDate.of(10_000, 1, 1), 1));
        assertThatIllegalArgumentException().isThrownBy(() -> PersonalIdentityNumbers.of(LocalDate.of(999, 1, 1), 1));
    }
}
