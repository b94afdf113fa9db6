package se.bokvar.consent.app;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import se.bokvar.consent.store.ConsentVersionRow;
import se.bokvar.platform.problem.Problem;
import se.bokvar.rules.consent.Category;
import se.bokvar.rules.consent.ChangeKind;
import se.bokvar.rules.consent.ConsentForm;
import se.bokvar.rules.consent.ConsentVersion;
import se.bokvar.rules.consent.PartyKind;
import se.bokvar.rules.consent.Purpose;

/** Values for the plain unit tests of the app's handlers (no container, no database). */
final class AppFixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final PartyInput LANDLORD = new PartyInput(PartyKind.LANDLORD, "hemma-bostader", "Hemma Bostäder AB");
    static final PartyInput BUDGET = new PartyInput(PartyKind.BUDGET_DEBT_COUNSELLING, null, null);

    /** The landlord, for payment commitments, about the payment commitment. */
    static final ConsentScope SCOPE = new ConsentScope(
            List.of(new ConsentScope.NamedParty(PartyKind.LANDLORD, "hemma-bostader", "Hemma Bostäder AB")),
            List.of(Purpose.PAYMENT_COMMITMENT, Purpose.INFORM_PLANNED_SUPPORT), List.of(Category.PAYMENT_COMMITMENT),
            null, null);

    private AppFixtures() {
    }

    /** A written version 1 of {@link #SCOPE}, given on {@code givenOn}. */
    static ConsentVersionRow written(LocalDate givenOn) {
        ConsentVersionRow row = new ConsentVersionRow();
        row.id = UUID.randomUUID();
        row.consentId = UUID.randomUUID();
        row.version = 1;
        row.change = ChangeKind.GIVEN;
        row.form = ConsentForm.WRITTEN;
        row.givenOn = givenOn;
        row.signedFormReference = "TRESERVA-0042";
        row.documentedBy = "anna";
        row.recordedAt = OffsetDateTime.of(givenOn.atTime(10, 0), ZoneOffset.ofHours(1));
        return row;
    }

    /** The rules' view of {@code row}, whose scope is {@link #SCOPE}. */
    static ConsentVersion rule(ConsentVersionRow row) {
        return new ConsentVersion(row.version, row.change, SCOPE.toScope(), row.form, row.givenOn, row.validUntil,
                row.recordedAt.toInstant());
    }

    static List<String> fields(List<Problem.FieldError> errors) {
        return errors.stream().map(Problem.FieldError::field).toList();
    }
}
