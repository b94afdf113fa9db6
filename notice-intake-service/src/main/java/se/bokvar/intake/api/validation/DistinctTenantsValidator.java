package se.bokvar.intake.api.validation;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import se.bokvar.intake.api.Tenant;
import se.bokvar.rules.identity.InvalidPersonalIdentityNumberException;
import se.bokvar.rules.identity.PersonalIdentityNumber;

public class DistinctTenantsValidator implements ConstraintValidator<DistinctTenants, List<Tenant>> {

    @Inject
    Clock clock;

    @Override
    public boolean isValid(List<Tenant> tenants, ConstraintValidatorContext context) {
        if (tenants == null) {
            return true;
        }
        Set<String> seen = new HashSet<>();
        for (Tenant t : tenants) {
            if (t == null || t.personalIdentityNumber() == null) {
                continue;
            }
            try {
                if (!seen.add(PersonalIdentityNumber.parse(t.personalIdentityNumber(), clock).canonical())) {
                    return false;
                }
            } catch (InvalidPersonalIdentityNumberException e) {
                // reported by @ValidPersonalIdentityNumber on the element
            }
        }
        return true;
    }
}
