package se.bokvar.platform.validation;

import java.time.Clock;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import se.bokvar.rules.identity.InvalidPersonalIdentityNumberException;

/** Validates with the legal-rules module; the message says which rule failed, never the value. */
public class ValidPersonalIdentityNumberValidator implements ConstraintValidator<ValidPersonalIdentityNumber, String> {

    @Inject
    Clock clock;

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        try {
            se.bokvar.rules.identity.PersonalIdentityNumber.parse(value, clock);
            return true;
        } catch (InvalidPersonalIdentityNumberException e) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("is not a valid personnummer or samordningsnummer: "
                    + e.getMessage().replace("{", "(").replace("}", ")")).addConstraintViolation();
            return false;
        }
    }
}
