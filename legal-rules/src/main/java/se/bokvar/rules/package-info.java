/**
 * The rules that carry legal weight, in plain Java 17 with no framework: the Swedish calendar and statutory
 * deadlines, personnummer/samordningsnummer, routing of a postal code to a social-services board (socialnämnd),
 * keyed household/tenancy identifiers, consent decisions (samtycke, OSL 12 kap. 2 §: may this be disclosed?),
 * retention of case records ({@code retention}: gallring, SoL 12 kap. 1 §, SoF 7 kap. 2 §); and the caseworker
 * directory ({@code directory}: who works in which board and unit) the services share.
 *
 * <p>Every date and time is Europe/Stockholm ({@link se.bokvar.rules.calendar.Stockholm}); clocks are injected.
 * Where a rule is uncertain the code yields the <em>earlier</em> date: a deadline shown too late can cost someone
 * their home.
 */
package se.bokvar.rules;
