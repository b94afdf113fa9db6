package se.bokvar.rules.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * When a step may be recorded (handbook 5.1–5.3, ch. 6 steps 6–9). A refusal names each broken rule; nothing of a
 * refused step is recorded.
 */
public final class StepRules {

    /** The number of earlier failed attempts an unannounced home visit needs ("flera försök", handbook 5.3). */
    public static final int FAILED_ATTEMPTS_BEFORE_UNANNOUNCED_VISIT = 2;

    /** The only purpose an unannounced home visit may have (handbook 5.3). */
    public enum VisitPurpose {
        /** To inform and offer support ("etablera kontakt ... för att informera om och erbjuda stöd"). */
        INFORM_AND_OFFER_SUPPORT,
        /** Anything else (investigating, checking who lives there): never allowed unannounced. */
        OTHER
    }

    private StepRules() {
    }

    /** Whether {@code kind} may be recorded on a case in {@code stage} (the lifecycle part of the rules). */
    public static List<Violation> allowedIn(StepKind kind, Stage stage) {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(stage, "stage must not be null");
        List<Violation> violations = new ArrayList<>();
        if (!stage.isOpen()) {
            violations.add(new Violation("kind", "the case is closed: no steps can be recorded on it"));
            return violations;
        }
        if (kind.needsInvestigation() && !stage.investigationOpened()) {
            violations.add(new Violation("kind", kind + " is an investigative step or individual support: it needs"
                    + " an opened investigation (INVESTIGATION_OPENED, with the adult's agreement); the case is in "
                    + stage));
        }
        if (kind == StepKind.INVESTIGATION_OPENED && stage != Stage.PRE_ASSESSMENT) {
            violations.add(new Violation("kind", stage == Stage.OPENED
                    ? "an investigation follows a pre-assessment: record a position OPEN_PRE_ASSESSMENT on a notice first"
                    : "the investigation is already open (the case is in " + stage + ")"));
        }
        if (kind == StepKind.FOLLOW_UP && stage != Stage.SUPPORT && stage != Stage.FOLLOW_UP) {
            violations.add(new Violation("kind", "a follow-up comes after support was decided; the case is in " + stage));
        }
        return violations;
    }

    /** An investigation is opened only with the adult's agreement (SoL 14 kap. 2 §, handbook ch. 6 step 7). */
    public static List<Violation> investigation(boolean adultAgreed) {
        return adultAgreed ? List.of() : List.of(new Violation("adultAgreement",
                "an investigation cannot be opened against an adult's will: record the adult's agreement"));
    }

    /**
     * An unannounced home visit (handbook 5.3): only after at least {@value #FAILED_ATTEMPTS_BEFORE_UNANNOUNCED_VISIT}
     * earlier recorded attempts failed, with an assessment recorded, and only to inform and offer support.
     *
     * @param failedEarlierAttempts earlier recorded contact attempts that did not reach the tenant
     * @param assessment            the case-by-case assessment (non-blank)
     * @param purpose               the visit's purpose
     */
    public static List<Violation> unannouncedHomeVisit(long failedEarlierAttempts, String assessment,
            VisitPurpose purpose) {
        List<Violation> violations = new ArrayList<>();
        if (failedEarlierAttempts < FAILED_ATTEMPTS_BEFORE_UNANNOUNCED_VISIT) {
            violations.add(new Violation("method", "an unannounced home visit needs at least "
                    + FAILED_ATTEMPTS_BEFORE_UNANNOUNCED_VISIT + " earlier recorded attempts that failed; "
                    + failedEarlierAttempts + " recorded"));
        }
        if (assessment == null || assessment.isBlank()) {
            violations.add(new Violation("assessment",
                    "an unannounced home visit needs a recorded case-by-case assessment"));
        }
        if (purpose != VisitPurpose.INFORM_AND_OFFER_SUPPORT) {
            violations.add(new Violation("purpose",
                    "an unannounced home visit may only be made to inform and offer support (INFORM_AND_OFFER_SUPPORT)"));
        }
        return violations;
    }
}
