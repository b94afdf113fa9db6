package se.bokvar.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import se.bokvar.rules.household.AddressNormalizer;

/**
 * Valid: null, text with a letter or digit, and text that is empty once ASCII spaces and controls are trimmed, which
 * {@code @NotBlank} refuses where a field is required (so a client gets one message for it, not two) and which means
 * "not given" in an optional field (a flat number left empty).
 */
public class HasLetterOrDigitValidator implements ConstraintValidator<HasLetterOrDigit, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || value.trim().isEmpty() || AddressNormalizer.hasLetterOrDigit(value);
    }
}
