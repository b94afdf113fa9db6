package se.bokvar.cases;

import se.bokvar.rules.casework.Stage;

/**
 * The lifecycle of a case (handbook ch. 5): aktualisering, förhandsbedömning, utredning, insats, uppföljning. The
 * transitions are the legal-rules {@link Stage}'s.
 */
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
    CLOSED;

    public Stage stage() {
        return Stage.valueOf(name());
    }

    public static CaseStatus of(Stage stage) {
        return valueOf(stage.name());
    }
}
