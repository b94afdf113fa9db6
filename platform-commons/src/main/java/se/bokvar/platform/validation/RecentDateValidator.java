package se.bokvar.platform.validation;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class RecentDateValidator implements ConstraintValidator<RecentDate, LocalDate> {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Inject
    Clock clock;

    private int maxAgeDays;
    private int skewMinutes;

    @Override
    public void initialize(RecentDate annotation) {
        maxAgeDays = annotation.maxAgeDays();
        skewMinutes = annotation.clockSkewMinutes();
    }

    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        LocalDate latest = clock.instant().plus(Duration.ofMinutes(skewMinutes)).atZone(STOCKHOLM).toLocalDate();
        LocalDate earliest = clock.instant().atZone(STOCKHOLM).toLocalDate().minusDays(maxAgeDays);
        return !value.isAfter(latest) && !value.isBefore(earliest);
    }
}
