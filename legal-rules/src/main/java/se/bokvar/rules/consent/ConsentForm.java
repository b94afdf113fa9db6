package se.bokvar.rules.consent;

/** How a consent (or a withdrawal) was given. Handbook 5.4: written is preferred; oral must be documented. */
public enum ConsentForm {
    /** On the signed form, kept with the case's documents (a reference to it is recorded). */
    WRITTEN,
    /** Given orally and documented by the caseworker. */
    ORAL_DOCUMENTED
}
