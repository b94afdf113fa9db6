package se.bokvar.intake.api.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A termination notice states the flat's size: its number of rooms, its area, or both (formulär 3). */
@Documented
@Constraint(validatedBy = RoomsOrAreaValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface RoomsOrArea {
    String message() default "give the number of rooms or the area in square metres (or both)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
