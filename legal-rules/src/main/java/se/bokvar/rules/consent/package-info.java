/**
 * Consent (samtycke, OSL 12 kap. 2 §) and the other recorded secrecy-breaking grounds, and the decision whether a
 * disclosure is covered: "may this case's caseworker disclose category C to party P for purpose U now?".
 *
 * <p>Everything social services know about a person is secret (OSL 26 kap. 1 §). A disclosure to a landlord or
 * another administration needs the person's consent, or another secrecy-breaking rule recorded explicitly (e.g.
 * OSL 26 kap. 9 c §); it is never assumed. A consent says who may be contacted or told ({@link Party}), for which
 * purposes ({@link Purpose}) and which information ({@link Category}); it covers every combination of the three
 * lists. It can be withdrawn wholly or partly at any time ({@link ConsentChanges#withdraw}); every change is a new
 * {@link ConsentVersion} and the decision ({@link ConsentDecisions#decide}) always rests on the latest one, so a
 * withdrawal takes effect at once. The default is deny.
 *
 * <p>Handbook (Göteborg, ch. 5.4): consent should preferably be written on the joint form, oral consent must be
 * documented, the documentation says who may be contacted, for what purpose and when the consent was given, and a
 * withdrawal (whole or partial) is documented too.
 */
package se.bokvar.rules.consent;
