package se.bokvar.intake;

import java.util.Set;

/** The intake with {@link TestClock}: the receipt's time, date validation and personnummer centuries follow it. */
public class ClockTestProfile extends IntakeTestProfile {

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(TestClock.class);
    }
}
