package se.bokvar.rules.casework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import se.bokvar.rules.casework.Disclosure.LandlordContact;
import se.bokvar.rules.casework.StepRules.VisitPurpose;
import se.bokvar.rules.consent.PartyKind;

/**
 * The fields a checklist step states beyond its kind, who and notes, and which of them each kind needs (handbook
 * ch. 6–7; the table in docs/cases.md). {@link #violations(Instant)} names every missing or invalid field, by its
 * JSON name, so the caseworker can fix them all at once (a 400, before any rule of the case is checked).
 *
 * @param performedAt    when it was done; null for now
 * @param supportNamed   SUPPORT_DECIDED: whether the support given is named
 * @param partyNamed     FOLLOW_UP: whether the party contacted is named
 * @param partyKind      FOLLOW_UP: the party's kind as sent (one of {@link PartyKind})
 */
public record StepFields(StepKind kind, Instant performedAt, ContactMethod method, Boolean reached, String landlordId,
        LandlordContact landlordContact, Instant sentAt, String letterReference, String administration,
        Boolean adultAgreement, boolean supportNamed, Boolean held, String reason, String kfmCaseNumber,
        Boolean attended, Boolean childrenUnitAttended, Boolean agreedOtherwiseWithKronofogden, boolean partyNamed,
        String partyKind, VisitPurpose purpose) {

    /** How far ahead of the server's clock a time may be (clock skew), in seconds. */
    public static final long CLOCK_SKEW_SECONDS = 60;

    /** The other administrations a step may contact (those of {@link PartyKind#OTHER_ADMINISTRATION}). */
    public static final Set<String> ADMINISTRATIONS = PartyKind.OTHER_ADMINISTRATION.allowedIds();

    /** The kinds of party a follow-up may contact: every {@link PartyKind}. */
    public static final List<String> PARTY_KINDS = Arrays.stream(PartyKind.values()).map(Enum::name).sorted().toList();

    public StepFields {
        Objects.requireNonNull(kind, "kind must not be null");
    }

    /** Every missing or invalid field of this step, in the order of the form; empty when it may be recorded. */
    public List<Violation> violations(Instant now) {
        Objects.requireNonNull(now, "now must not be null");
        List<Violation> errors = new ArrayList<>();
        if (inFuture(performedAt, now)) {
            errors.add(new Violation("performedAt", "must not be in the future"));
        }
        switch (kind) {
            case TENANT_CONTACT -> {
                required(errors, method, "method");
                required(errors, reached, "reached");
            }
            case LANDLORD_CONTACTED -> {
                required(errors, blankToNull(landlordId), "landlordId");
                required(errors, landlordContact, "landlordContact");
            }
            case INFORM_LANDLORD_PLANNED_SUPPORT -> required(errors, blankToNull(landlordId), "landlordId");
            case PAYMENT_COMMITMENT -> {
                required(errors, blankToNull(landlordId), "landlordId");
                required(errors, sentAt, "sentAt");
                required(errors, blankToNull(letterReference), "letterReference");
                if (inFuture(sentAt, now)) {
                    errors.add(new Violation("sentAt", "must not be in the future"));
                }
            }
            case CONTACT_OTHER_ADMINISTRATION -> {
                if (administration == null || !ADMINISTRATIONS.contains(administration)) {
                    errors.add(new Violation("administration", "must be one of " + ADMINISTRATIONS.stream().sorted().toList()));
                }
            }
            case INVESTIGATION_OPENED -> required(errors, adultAgreement, "adultAgreement");
            case SUPPORT_DECIDED -> required(errors, supportNamed ? Boolean.TRUE : null, "support");
            case CHILDREN_CONVERSATION -> {
                if (Boolean.FALSE.equals(held) && blankToNull(reason) == null) {
                    errors.add(new Violation("reason", "is required when the conversation was not held: say why"));
                }
            }
            case EVICTION_ATTENDANCE -> {
                required(errors, blankToNull(kfmCaseNumber), "kfmCaseNumber");
                boolean agreed = Boolean.TRUE.equals(agreedOtherwiseWithKronofogden);
                if (agreed && blankToNull(reason) == null) {
                    errors.add(new Violation("reason", "is required when attendance was agreed otherwise with Kronofogden"));
                }
                if (!agreed && !Boolean.TRUE.equals(attended) && !Boolean.TRUE.equals(childrenUnitAttended)) {
                    errors.add(new Violation("attended",
                            "record who attended, or agreedOtherwiseWithKronofogden with the reason"));
                }
            }
            case FOLLOW_UP -> {
                if (!partyNamed) {
                    errors.add(new Violation("party", "is required: who is contacted in the follow-up"));
                } else if (!PARTY_KINDS.contains(partyKind)) {
                    errors.add(new Violation("party.kind", "must be one of " + PARTY_KINDS));
                }
            }
            default -> {
                // the other kinds need nothing but kind, who, when and notes
            }
        }
        if (method == ContactMethod.UNANNOUNCED_HOME_VISIT && kind == StepKind.TENANT_CONTACT && purpose == null) {
            errors.add(new Violation("purpose", "is required for an unannounced home visit: INFORM_AND_OFFER_SUPPORT"));
        }
        return errors;
    }

    private static boolean inFuture(Instant at, Instant now) {
        return at != null && at.isAfter(now.plusSeconds(CLOCK_SKEW_SECONDS));
    }

    private static void required(List<Violation> errors, Object value, String field) {
        if (value == null) {
            errors.add(new Violation(field, "is required for this kind of step"));
        }
    }

    /** Null for a missing or blank text. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
