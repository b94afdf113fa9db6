package se.bokvar.rules.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.bokvar.rules.calendar.Stockholm;
import se.bokvar.rules.consent.Decision.Outcome;
import se.bokvar.rules.consent.Decision.ReasonCode;

/**
 * Decides whether a disclosure is covered (OSL 12 kap. 2 §; handbook 5.4). The rule, in order:
 * <ol>
 * <li><b>Default deny.</b> With no record for the person on the case, the answer is DENY / {@code NO_CONSENT}.</li>
 * <li><b>Latest version only.</b> Each record is judged by its latest version, whatever came before and whenever
 * it was recorded: a withdrawal takes effect at once, and a clock that runs behind cannot resurrect a withdrawn
 * consent.</li>
 * <li><b>Covered</b> means the latest version names the party, the purpose and the category, its legal ground can
 * reach the party ({@link LegalGround#permits}), and its end date (inclusive, Europe/Stockholm) has not passed.
 * Any covering record gives ALLOW; consent is cited before another legal ground, then the most recently recorded
 * record.</li>
 * <li>Otherwise DENY, citing the record that came closest to covering the request (the most of party, purpose and
 * category it ever named), the most recently recorded first: {@code EXPIRED} if it covers the request but has
 * ended; {@code WITHDRAWN} if an earlier version covered it and a withdrawal took that away; else
 * {@code NOT_COVERED_PARTY}, {@code NOT_COVERED_PURPOSE} or {@code NOT_COVERED_CATEGORY} for the first of the
 * three that the latest version lacks.</li>
 * </ol>
 * The reason sentence names parties by kind and id, never a person.
 */
public final class ConsentDecisions {

    private ConsentDecisions() {
    }

    /**
     * @param records every consent record (and other recorded legal ground) of the person on the case
     * @param request what the caseworker is about to disclose, to whom, why
     * @param now     the moment of the decision; only its Stockholm date matters (for end dates)
     */
    public static Decision decide(Collection<ConsentRecord> records, DisclosureRequest request, Instant now) {
        Objects.requireNonNull(records, "records must not be null");
        Objects.requireNonNull(request, "request must not be null");
        Objects.requireNonNull(now, "now must not be null");
        LocalDate today = Stockholm.dateOf(now);
        List<Evaluation> evaluations = records.stream().map(r -> evaluate(r, request, today)).toList();
        Optional<Evaluation> allowing = evaluations.stream().filter(e -> e.reason == ReasonCode.COVERED)
                .min(Comparator.comparing((Evaluation e) -> !e.record.ground().isConsent())
                        .thenComparing(Evaluation::recordedAt, Comparator.reverseOrder())
                        .thenComparing(e -> e.record.consentId()));
        if (allowing.isPresent()) {
            return allowing.get().decision(request);
        }
        return evaluations.stream()
                .min(Comparator.comparingInt((Evaluation e) -> -e.everDepth)
                        .thenComparing(Evaluation::recordedAt, Comparator.reverseOrder())
                        .thenComparing(e -> e.record.consentId()))
                .map(e -> e.decision(request))
                .orElseGet(() -> new Decision(Outcome.DENY, ReasonCode.NO_CONSENT,
                        "No consent or other legal ground is recorded for this person on this case; the default is deny",
                        null, null, null));
    }

    static Evaluation evaluate(ConsentRecord record, DisclosureRequest request, LocalDate today) {
        boolean reachable = record.ground().permits(request.party());
        List<ConsentVersion> versions = record.versions();
        ConsentVersion current = record.current();
        int everDepth = 0;
        int lastCovering = 0;
        for (ConsentVersion v : versions) {
            int depth = reachable ? v.scope().depth(request) : 0;
            everDepth = Math.max(everDepth, depth);
            if (depth == 3) {
                lastCovering = v.version();
            }
        }
        if (lastCovering == current.version()) {
            int since = lastCovering;
            while (since > 1 && versions.get(since - 2).scope().covers(request)) {
                since--;
            }
            ReasonCode reason = current.hasExpired(today) ? ReasonCode.EXPIRED : ReasonCode.COVERED;
            return new Evaluation(record, reason, everDepth, versions.get(since - 1));
        }
        // the version after the last one that covered the request took it away; with lastCovering == 0 this looks
        // at version 1, which is always GIVEN (never a withdrawal)
        if (versions.get(lastCovering).change().isWithdrawal()) {
            return new Evaluation(record, ReasonCode.WITHDRAWN, everDepth, versions.get(lastCovering));
        }
        int depth = reachable ? current.scope().depth(request) : 0;
        ReasonCode reason = switch (depth) {
            case 0 -> ReasonCode.NOT_COVERED_PARTY;
            case 1 -> ReasonCode.NOT_COVERED_PURPOSE;
            default -> ReasonCode.NOT_COVERED_CATEGORY;
        };
        return new Evaluation(record, reason, everDepth, current);
    }

    /**
     * One record judged against one request.
     *
     * @param cited the version the reason refers to: the one that granted the coverage (COVERED, EXPIRED), the
     *              withdrawal that took it away (WITHDRAWN), or the latest (NOT_COVERED_*)
     */
    record Evaluation(ConsentRecord record, ReasonCode reason, int everDepth, ConsentVersion cited) {

        Instant recordedAt() {
            return record.current().recordedAt();
        }

        Decision decision(DisclosureRequest request) {
            ConsentVersion current = record.current();
            Outcome outcome = reason == ReasonCode.COVERED ? Outcome.ALLOW : Outcome.DENY;
            return new Decision(outcome, reason, sentence(request), record.consentId(), current.version(),
                    record.ground());
        }

        private String sentence(DisclosureRequest request) {
            ConsentVersion current = record.current();
            String name = name();
            return switch (reason) {
                case COVERED -> grant() + " covers " + request
                        + (current.validUntil() == null ? "" : " (valid until " + current.validUntil() + ")");
                case EXPIRED -> grant() + " would cover " + request + " but ended on " + current.validUntil();
                case WITHDRAWN -> name + " no longer covers " + request + ": "
                        + (cited.change() == ChangeKind.WITHDRAWN ? "wholly" : "partly") + " withdrawn on "
                        + cited.givenOn() + " (version " + cited.version() + ")";
                case NOT_COVERED_PARTY -> record.ground().permits(request.party())
                        ? name + " does not cover " + request.party() + wholly(current)
                        : record.ground().citation() + " does not reach " + request.party() + " (" + name + ")";
                case NOT_COVERED_PURPOSE -> name + " covers " + request.party() + " but not the purpose "
                        + request.purpose();
                default -> name + " covers " + request.party() + " for " + request.purpose()
                        + " but not the category " + request.category();
            };
        }

        private String name() {
            return (record.ground().isConsent() ? "Consent " : "Recorded legal ground " + record.ground().citation() + " ")
                    + record.consentId();
        }

        private String grant() {
            if (!record.ground().isConsent()) {
                return "Recorded legal ground " + record.ground().citation() + " of " + cited.givenOn();
            }
            String form = cited.form() == null ? "Consent" : switch (cited.form()) {
                case WRITTEN -> "Written consent";
                case ORAL_DOCUMENTED -> "Oral, documented consent";
            };
            return form + " of " + cited.givenOn();
        }

        private static String wholly(ConsentVersion current) {
            return current.change() == ChangeKind.WITHDRAWN
                    ? " (wholly withdrawn on " + current.givenOn() + ", version " + current.version() + ")" : "";
        }
    }
}
