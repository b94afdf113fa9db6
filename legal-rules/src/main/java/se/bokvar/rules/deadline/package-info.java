/**
 * Statutory and guideline deadlines: återvinningsfrist (JB 12:44, BRL 7:23) computed under lag (1930:173),
 * förhandsbedömning (handbook 5.2), the same-day acknowledgement to Kronofogden (handbook 4.2 and 7), and the
 * rule that a correction never moves a caseworker's act-by date later.
 */
package se.bokvar.rules.deadline;
