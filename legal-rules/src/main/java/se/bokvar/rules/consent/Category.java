package se.bokvar.rules.consent;

/** Which information about the person may be disclosed. */
public enum Category {
    /** The support social services plan or give. */
    PLANNED_SUPPORT,
    /** The written commitment to pay (betalningsförbindelse) sent to the landlord. */
    PAYMENT_COMMITMENT,
    /** That there is a case and where it stands. */
    CASE_STATUS,
    /** How to reach the person. */
    CONTACT_DETAILS,
    /** Income, debts, financial aid. */
    FINANCIAL_SITUATION,
    /** Who lives in the household, children. */
    HOUSEHOLD_SITUATION,
    /** Health and disability. */
    HEALTH,
    /** Other information, described in the consent record. */
    OTHER
}
