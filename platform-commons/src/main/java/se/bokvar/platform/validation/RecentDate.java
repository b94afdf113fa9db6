package se.bokvar.platform.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A date that has happened (today in Europe/Stockholm, with a few minutes' tolerance for a sender whose clock
 * runs ahead) and is not absurdly old. Null is valid.
 */
@Documented
@Constraint(validatedBy = RecentDateValidator.class)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
public @interface RecentDate {
    /** How far back the date may lie, in days. */
    int maxAgeDays() default 400;

    /** How far the sender's clock may run ahead, in minutes (a date "tomorrow" sent at 23:58 is accepted). */
    int clockSkewMinutes() default 5;

    String message() default "must be a date that is not in the future and at most {maxAgeDays} days ago";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
