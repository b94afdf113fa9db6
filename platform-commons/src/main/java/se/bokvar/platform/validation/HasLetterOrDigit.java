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
 * Text that names something (a street, a flat, a person, a reference) must have at least one letter or digit:
 * text made only of punctuation, symbols, spaces, combining marks, zero-width or bidi controls normalises to nothing
 * and can neither make a household key nor be matched. The rule is legal-rules'
 * {@link se.bokvar.rules.household.AddressNormalizer#hasLetterOrDigit}. Null and text blank to {@code @NotBlank}
 * (empty, or only ASCII spaces and controls) are left to {@code @NotBlank} where the field is required; an optional
 * field left blank is not given. Every other space (no-break, em, ideographic ...) counts as text without a letter.
 */
@Documented
@Constraint(validatedBy = HasLetterOrDigitValidator.class)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
public @interface HasLetterOrDigit {
    String message() default "must contain at least one letter or digit (punctuation, symbols and spaces alone name nothing)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
