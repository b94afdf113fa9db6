package se.bokvar.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import se.bokvar.rules.routing.PostalCode;

public class SwedishPostalCodeValidator implements ConstraintValidator<SwedishPostalCode, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || PostalCode.isValid(value);
    }
}
