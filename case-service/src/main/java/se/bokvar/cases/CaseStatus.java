package se.bokvar.cases;

/** The lifecycle of a case (handbook ch. 5): aktualisering, förhandsbedömning, utredning, insats, uppföljning. */
public enum CaseStatus {
    /** Aktualisering: the matter is opened. */
    OPENED,
    /** Förhandsbedömning: deciding whether to open an investigation. */
    PRE_ASSESSMENT,
    /** Utredning. */
    INVESTIGATION,
    /** Insats: support decided and given. */
    SUPPORT,
    /** Uppföljning: only with consent. */
    FOLLOW_UP,
    CLOSED
}
