package se.bokvar.intake.api.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** No person is listed twice among a notice's tenants (compared by canonical personnummer). */
@Documented
@Constraint(validatedBy = DistinctTenantsValidator.class)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT })
@Retention(RUNTIME)
public @interface DistinctTenants {
    String message() default "lists the same person more than once";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
