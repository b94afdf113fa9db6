package se.bokvar.rules.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.bokvar.rules.casework.Disclosure.LandlordContact;
import se.bokvar.rules.casework.StepRules.VisitPurpose;

class StepFieldsTest {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final String REQUIRED = "is required for this kind of step";

    /** A step of {@code kind} stating nothing but its kind. */
    static StepFields bare(StepKind kind) {
        return new StepFields(kind, null, null, null, null, null, null, null, null, null, false, null, null, null, null,
                null, null, false, null, null);
    }

    static List<String> fields(StepFields f) {
        return f.violations(NOW).stream().map(Violation::field).toList();
    }

    static List<Violation> violations(StepFields f) {
        return f.violations(NOW);
    }

    @Test
    void whatEachKindNeedsWhenNothingIsStated() {
        for (StepKind kind : StepKind.values()) {
            List<String> expected = switch (kind) {
                case TENANT_CONTACT -> List.of("method", "reached");
                case LANDLORD_CONTACTED -> List.of("landlordId", "landlordContact");
                case INFORM_LANDLORD_PLANNED_SUPPORT -> List.of("landlordId");
                case PAYMENT_COMMITMENT -> List.of("landlordId", "sentAt", "letterReference");
                case CONTACT_OTHER_ADMINISTRATION -> List.of("administration");
                case INVESTIGATION_OPENED -> List.of("adultAgreement");
                case SUPPORT_DECIDED -> List.of("support");
                case EVICTION_ATTENDANCE -> List.of("kfmCaseNumber", "attended");
                case FOLLOW_UP -> List.of("party");
                case REGISTER_CHECK, KNOWN_TO_OTHER_UNITS, ACTION_PLAN, CHILDREN_CONVERSATION -> List.of();
            };
            assertThat(fields(bare(kind))).as(kind.name()).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void aMissingFieldIsNamedAsRequired() {
        assertThat(violations(bare(StepKind.TENANT_CONTACT))).containsExactly(new Violation("method", REQUIRED),
                new Violation("reached", REQUIRED));
        assertThat(violations(bare(StepKind.SUPPORT_DECIDED))).containsExactly(new Violation("support", REQUIRED));
    }

    @Test
    void blankTextsCountAsMissing() {
        StepFields f = new StepFields(StepKind.PAYMENT_COMMITMENT, null, null, null, "  ", null, NOW, " ", null, null,
                false, null, null, null, null, null, null, false, null, null);
        assertThat(fields(f)).containsExactly("landlordId", "letterReference");
        assertThat(StepFields.blankToNull(" ")).isNull();
        assertThat(StepFields.blankToNull(null)).isNull();
        assertThat(StepFields.blankToNull("x")).isEqualTo("x");
    }

    @Test
    void completeStepsOfEveryKindPass() {
        assertThat(fields(new StepFields(StepKind.TENANT_CONTACT, NOW, ContactMethod.PHONE, true, null, null, null, null,
                null, null, false, null, null, null, null, null, null, false, null, null))).isEmpty();
        assertThat(fields(new StepFields(StepKind.LANDLORD_CONTACTED, null, null, null, "l-1",
                LandlordContact.ASK_QUESTIONS, null, null, null, null, false, null, null, null, null, null, null, false,
                null, null))).isEmpty();
        assertThat(fields(new StepFields(StepKind.INFORM_LANDLORD_PLANNED_SUPPORT, null, null, null, "l-1", null, null,
                null, null, null, false, null, null, null, null, null, null, false, null, null))).isEmpty();
        assertThat(fields(new StepFields(StepKind.PAYMENT_COMMITMENT, null, null, null, "l-1", null, NOW, "RR1", null,
                null, false, null, null, null, null, null, null, false, null, null))).isEmpty();
        assertThat(fields(new StepFields(StepKind.CONTACT_OTHER_ADMINISTRATION, null, null, null, null, null, null, null,
                "school", null, false, null, null, null, null, null, null, false, null, null))).isEmpty();
        assertThat(fields(new StepFields(StepKind.INVESTIGATION_OPENED, null, null, null, null, null, null, null, null,
                false, false, null, null, null, null, null, null, false, null, null))).isEmpty();
        assertThat(fields(new StepFields(StepKind.SUPPORT_DECIDED, null, null, null, null, null, null, null, null, null,
                true, null, null, null, null, null, null, false, null, null))).isEmpty();
        assertThat(fields(new StepFields(StepKind.CHILDREN_CONVERSATION, null, null, null, null, null, null, null, null,
                null, false, true, null, null, null, null, null, false, null, null))).isEmpty();
        assertThat(fields(new StepFields(StepKind.EVICTION_ATTENDANCE, null, null, null, null, null, null, null, null,
                null, false, null, null, "KFM-1", true, null, null, false, null, null))).isEmpty();
        assertThat(fields(new StepFields(StepKind.FOLLOW_UP, null, null, null, null, null, null, null, null, null, false,
                null, null, null, null, null, null, true, "NAMED_PARTY", null))).isEmpty();
    }

    @Test
    void timesMayBeAMinuteAheadButNotMore() {
        StepFields soon = new StepFields(StepKind.ACTION_PLAN, NOW.plusSeconds(60), null, null, null, null, null, null,
                null, null, false, null, null, null, null, null, null, false, null, null);
        StepFields later = new StepFields(StepKind.ACTION_PLAN, NOW.plusSeconds(61), null, null, null, null, null, null,
                null, null, false, null, null, null, null, null, null, false, null, null);
        assertThat(fields(soon)).isEmpty();
        assertThat(violations(later)).containsExactly(new Violation("performedAt", "must not be in the future"));
        StepFields sentLater = new StepFields(StepKind.PAYMENT_COMMITMENT, null, null, null, "l-1", null,
                NOW.plusSeconds(61), "RR1", null, null, false, null, null, null, null, null, null, false, null, null);
        assertThat(violations(sentLater)).containsExactly(new Violation("sentAt", "must not be in the future"));
    }

    @Test
    void theAdministrationsAreThoseOfTheConsentPartyKind() {
        assertThat(StepFields.ADMINISTRATIONS).isEqualTo(Set.of("elderly-care", "disability-support", "addiction-care",
                "psychiatry", "school", "other"));
        for (String administration : StepFields.ADMINISTRATIONS) {
            assertThat(fields(new StepFields(StepKind.CONTACT_OTHER_ADMINISTRATION, null, null, null, null, null, null,
                    null, administration, null, false, null, null, null, null, null, null, false, null, null))).isEmpty();
        }
        StepFields unknown = new StepFields(StepKind.CONTACT_OTHER_ADMINISTRATION, null, null, null, null, null, null,
                null, "police", null, false, null, null, null, null, null, null, false, null, null);
        assertThat(violations(unknown)).containsExactly(new Violation("administration",
                "must be one of [addiction-care, disability-support, elderly-care, other, psychiatry, school]"));
    }

    @Test
    void aConversationNotHeldNeedsItsReason() {
        StepFields notHeld = new StepFields(StepKind.CHILDREN_CONVERSATION, null, null, null, null, null, null, null,
                null, null, false, false, " ", null, null, null, null, false, null, null);
        assertThat(violations(notHeld)).containsExactly(new Violation("reason",
                "is required when the conversation was not held: say why"));
        StepFields withReason = new StepFields(StepKind.CHILDREN_CONVERSATION, null, null, null, null, null, null, null,
                null, null, false, false, "declined", null, null, null, null, false, null, null);
        assertThat(fields(withReason)).isEmpty();
    }

    @Test
    void attendanceIsRecordedByWhoAttendedOrAgreedOtherwiseWithItsReason() {
        for (Boolean attended : new Boolean[] { null, false, true }) {
            for (Boolean children : new Boolean[] { null, false, true }) {
                for (Boolean agreed : new Boolean[] { null, false, true }) {
                    for (String reason : new String[] { null, "agreed by phone" }) {
                        StepFields f = new StepFields(StepKind.EVICTION_ATTENDANCE, null, null, null, null, null, null,
                                null, null, null, false, null, reason, "KFM-1", attended, children, agreed, false, null,
                                null);
                        boolean isAgreed = Boolean.TRUE.equals(agreed);
                        List<String> expected = isAgreed ? (reason == null ? List.of("reason") : List.of())
                                : (Boolean.TRUE.equals(attended) || Boolean.TRUE.equals(children) ? List.of()
                                        : List.of("attended"));
                        assertThat(fields(f)).as(attended + "/" + children + "/" + agreed + "/" + reason)
                                .containsExactlyElementsOf(expected);
                    }
                }
            }
        }
    }

    @Test
    void aFollowUpNamesAPartyOfAKnownKind() {
        for (String kind : List.of("LANDLORD", "OTHER_ADMINISTRATION", "BUDGET_DEBT_COUNSELLING", "KRONOFOGDEN",
                "NAMED_PARTY")) {
            assertThat(fields(new StepFields(StepKind.FOLLOW_UP, null, null, null, null, null, null, null, null, null,
                    false, null, null, null, null, null, null, true, kind, null))).as(kind).isEmpty();
        }
        StepFields other = new StepFields(StepKind.FOLLOW_UP, null, null, null, null, null, null, null, null, null, false,
                null, null, null, null, null, null, true, "NEIGHBOUR", null);
        assertThat(violations(other)).containsExactly(new Violation("party.kind",
                "must be one of [BUDGET_DEBT_COUNSELLING, KRONOFOGDEN, LANDLORD, NAMED_PARTY, OTHER_ADMINISTRATION]"));
        assertThat(violations(bare(StepKind.FOLLOW_UP))).containsExactly(new Violation("party",
                "is required: who is contacted in the follow-up"));
    }

    @Test
    void anUnannouncedHomeVisitStatesItsPurpose() {
        for (ContactMethod method : ContactMethod.values()) {
            for (VisitPurpose purpose : new VisitPurpose[] { null, VisitPurpose.INFORM_AND_OFFER_SUPPORT, VisitPurpose.OTHER }) {
                StepFields f = new StepFields(StepKind.TENANT_CONTACT, null, method, true, null, null, null, null, null,
                        null, false, null, null, null, null, null, null, false, null, purpose);
                boolean missing = method == ContactMethod.UNANNOUNCED_HOME_VISIT && purpose == null;
                assertThat(fields(f)).as(method + "/" + purpose).isEqualTo(missing ? List.of("purpose") : List.of());
            }
        }
        // only a tenant contact is a home visit
        for (StepKind kind : EnumSet.complementOf(EnumSet.of(StepKind.TENANT_CONTACT))) {
            StepFields f = new StepFields(kind, null, ContactMethod.UNANNOUNCED_HOME_VISIT, null, null, null, null, null,
                    null, null, false, null, null, null, null, null, null, false, null, null);
            assertThat(fields(f)).as(kind.name()).doesNotContain("purpose");
        }
    }
}
