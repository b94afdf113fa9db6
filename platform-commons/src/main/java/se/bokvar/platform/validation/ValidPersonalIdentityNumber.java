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
 * A Swedish personnummer or samordningsnummer: 10 or 12 digits, optional {@code -}/{@code +}, valid date and
 * check digit, century resolved as Skatteverket does. Null is valid (combine with {@code @NotBlank}).
 * The message never repeats the value.
 */
@Documented
@Constraint(validatedBy = ValidPersonalIdentityNumberValidator.class)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
public @interface ValidPersonalIdentityNumber {
    String message() default "must be a valid personnummer or samordningsnummer (YYYYMMDD-NNNN or YYMMDD-NNNN)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
