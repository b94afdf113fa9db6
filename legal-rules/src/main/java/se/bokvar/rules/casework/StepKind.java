package se.bokvar.rules.casework;

import java.util.Optional;

/**
 * The handbook's checklist as steps (ch. 6 for a landlord's notice, ch. 7 for Kronofogden's). Each step is recorded
 * with who did it, when, and notes.
 */
public enum StepKind {
    /** 2. Kontrollera folkbokföring: who is registered at the address, children. */
    REGISTER_CHECK(false),
    /** 3. Is the person known to other units of the same social-services administration (internal, no consent). */
    KNOWN_TO_OTHER_UNITS(false),
    /** 3. Contact another administration (förvaltning): only with consent. */
    CONTACT_OTHER_ADMINISTRATION(false),
    /** 5. Contact the landlord: asking the reporting landlord needs no consent, telling anything does. */
    LANDLORD_CONTACTED(false),
    /** 6. Personal contact with the tenant, or an attempt (a letter alone is not personal contact). */
    TENANT_CONTACT(false),
    /** 7. Inleda utredning: only with the adult's agreement. */
    INVESTIGATION_OPENED(false),
    /** 8. Handlingsplan, drawn up with the household: part of the investigation. */
    ACTION_PLAN(true),
    /** 8. A decision on support (insats). */
    SUPPORT_DECIDED(true),
    /** 8. Tell the landlord about planned support: a disclosure, only with consent. */
    INFORM_LANDLORD_PLANNED_SUPPORT(false),
    /** 8. The written commitment to pay, by registered letter to the landlord: support, and a disclosure. */
    PAYMENT_COMMITMENT(true),
    /** Children: the caseworker's conversation with the parents about the child (required when children are affected). */
    CHILDREN_CONVERSATION(false),
    /** Kronofogden 3. Attend the eviction (required for every eviction unless agreed otherwise with Kronofogden). */
    EVICTION_ATTENDANCE(false),
    /** 9. Follow-up after an averted eviction: only with consent. */
    FOLLOW_UP(false);

    private final boolean needsInvestigation;

    StepKind(boolean needsInvestigation) {
        this.needsInvestigation = needsInvestigation;
    }

    /**
     * True for investigative steps and individual support, which are not allowed during the pre-assessment
     * (handbook 5.1–5.2): they need an opened investigation.
     */
    public boolean needsInvestigation() {
        return needsInvestigation;
    }

    /** The stage a case in {@code current} moves to when this step is recorded, if it moves. */
    public Optional<Stage> stageAfter(Stage current) {
        if (this == INVESTIGATION_OPENED && current == Stage.PRE_ASSESSMENT) {
            return Optional.of(Stage.INVESTIGATION);
        }
        if (this == SUPPORT_DECIDED && current == Stage.INVESTIGATION) {
            return Optional.of(Stage.SUPPORT);
        }
        if (this == FOLLOW_UP && current == Stage.SUPPORT) {
            return Optional.of(Stage.FOLLOW_UP);
        }
        return Optional.empty();
    }
}
