package se.bokvar.contracts;

import java.util.List;

/** The topics of the platform. Each topic has exactly one producing service. */
public final class Topics {

    /** Landlord notices accepted by notice-intake-service. Key: the building key of the tenancy. */
    public static final Topic NOTICES = new Topic("bokvar.intake.notices.v1", 6, 12,
            "Landlord notices (underrättelser) accepted by notice-intake-service, one event type per notice kind.");

    /** Eviction notices and their updates from Kronofogden, accepted by kronofogden-adapter. */
    public static final Topic EVICTIONS = new Topic("bokvar.kronofogden.evictions.v1", 3, 6,
            "Kronofogden's eviction notices (underrättelse om avhysning) and updates to the same KFM case.");

    /** What case-service announces: responsible caseworker, deadlines near/breached, case lifecycle. */
    public static final Topic CASE_EVENTS = new Topic("bokvar.case.events.v1", 6, 12,
            "Case-service announcements: the responsible caseworker for a Kronofogden acknowledgement, deadlines, lifecycle.");

    /** Consent given, changed and withdrawn, for projections; consent-service stays authoritative. */
    public static final Topic CONSENTS = new Topic("bokvar.consent.events.v1", 3, 6,
            "Consent (samtycke) given, changed and withdrawn.");

    /** Events from the adapter back to the platform: acknowledgement delivered, letter dispatched. */
    public static final Topic KRONOFOGDEN_DELIVERIES = new Topic("bokvar.kronofogden.deliveries.v1", 3, 6,
            "Delivery results from kronofogden-adapter: acknowledgements confirmed, tenant letters dispatched.");

    public static final List<Topic> ALL = List.of(NOTICES, EVICTIONS, CASE_EVENTS, CONSENTS, KRONOFOGDEN_DELIVERIES);

    private Topics() {
    }
}
