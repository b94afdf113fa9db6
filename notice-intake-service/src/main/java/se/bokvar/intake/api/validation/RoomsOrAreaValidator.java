package se.bokvar.intake.api.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import se.bokvar.intake.api.TerminationNoticeRequest;

public class RoomsOrAreaValidator implements ConstraintValidator<RoomsOrArea, TerminationNoticeRequest> {

    @Override
    public boolean isValid(TerminationNoticeRequest notice, ConstraintValidatorContext context) {
        if (notice == null || notice.rooms() != null || notice.areaSquareMetres() != null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode("rooms").addConstraintViolation();
        return false;
    }
}
