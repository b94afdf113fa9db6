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

/** A Swedish postal code: five digits, first 1-9, written {@code 41101} or {@code 411 01}. Null is valid. */
@Documented
@Constraint(validatedBy = SwedishPostalCodeValidator.class)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
public @interface SwedishPostalCode {
    String message() default "must be a Swedish postal code: five digits, e.g. 41101 or 411 01";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
