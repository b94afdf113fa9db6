/**
 * Publishing a table of counts (for example eviction notices per calendar month and social-services board) without
 * revealing a small count: primary and complementary cell suppression.
 *
 * <p><b>Why suppressing the small cells is not enough.</b> A table is published with its row totals, column totals
 * and grand total. If a board's count of 3 is hidden but the month's total for the municipality and the other
 * boards' counts are shown, the 3 is recovered by subtraction. Combinations across rows and columns work too: a
 * value hidden in its row may still follow from its column, or from a sum of several rows minus several columns.
 * {@link se.bokvar.rules.statistics.SuppressedTable} therefore hides further ("complementary") values until no
 * hidden value can be derived exactly from the published ones by any linear combination of the table's equations.
 *
 * <p><b>Derived figures.</b> A figure computed from the table (a quarter, a half-year, several boards together)
 * must be computed only from <em>published</em> values of the same suppressed table, and is itself suppressed if
 * any value it needs is suppressed ({@link se.bokvar.rules.statistics.SuppressedTable#rangeTotal},
 * {@link se.bokvar.rules.statistics.SuppressedTable#rangeTotalAllColumns}). A figure computed from the raw counts
 * and published next to the table could undo the protection.
 *
 * <p>Plain Java, no framework; the counts are aggregates, not personal data.
 */
package se.bokvar.rules.statistics;
