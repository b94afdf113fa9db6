package se.bokvar.contracts;

import java.util.List;

import se.bokvar.contracts.v1.CaseAccessChangedV1;
import se.bokvar.contracts.v1.DeadlineAlertV1;
import se.bokvar.contracts.v1.NoticeRegisteredV1;
import se.bokvar.contracts.v1.PostponementRequestedV1;
import se.bokvar.contracts.v1.ResponsibleCaseworkerNamedV1;

/** Events of case-service, on {@link Topics#CASE_EVENTS}. Subject: the case id (the notice id for NOTICE_REGISTERED). */
public final class CaseEvents {

    public static final EventType<NoticeRegisteredV1> NOTICE_REGISTERED = new EventType<>(
            "se.bokvar.case.notice-registered.v1", Topics.CASE_EVENTS, NoticeRegisteredV1.class,
            "A notice was registered on a case (the sender's delivery status becomes 'handed to case management').");

    public static final EventType<ResponsibleCaseworkerNamedV1> RESPONSIBLE_CASEWORKER_NAMED = new EventType<>(
            "se.bokvar.case.responsible-caseworker-named.v1", Topics.CASE_EVENTS, ResponsibleCaseworkerNamedV1.class,
            "The caseworker responsible for a Kronofogden eviction notice was named (or renamed after reassignment).");

    public static final EventType<DeadlineAlertV1> DEADLINE_ALERT = new EventType<>(
            "se.bokvar.case.deadline-alert.v1", Topics.CASE_EVENTS, DeadlineAlertV1.class,
            "A legal deadline of a case is near or was breached (announced exactly once).");

    public static final EventType<PostponementRequestedV1> POSTPONEMENT_REQUESTED = new EventType<>(
            "se.bokvar.case.postponement-requested.v1", Topics.CASE_EVENTS, PostponementRequestedV1.class,
            "A caseworker asks Kronofogden to postpone an eviction (anstånd).");

    public static final EventType<CaseAccessChangedV1> ACCESS_CHANGED = new EventType<>(
            "se.bokvar.case.access-changed.v1", Topics.CASE_EVENTS, CaseAccessChangedV1.class,
            "A case was opened, routed, reassigned to a board, got children affected, or closed: who may work with it changed.");

    public static final List<EventType<?>> ALL = List.of(NOTICE_REGISTERED, ACCESS_CHANGED, RESPONSIBLE_CASEWORKER_NAMED,
            DEADLINE_ALERT, POSTPONEMENT_REQUESTED);

    private CaseEvents() {
    }
}
