package se.bokvar.web.caseworker.app;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import se.bokvar.web.caseworker.store.CaseJson;
import se.bokvar.web.caseworker.store.CaseService;
import se.bokvar.web.commons.format.SwedishDates;

/**
 * The tenant letters of a case (the copy of the acknowledgement to Kronofogden sent to the tenant): found on the
 * case's timeline (TENANT_LETTER_DISPATCHED, whose ref is the letter's id), and each as case-service keeps it.
 */
@ApplicationScoped
public class CaseLetters {

    private final CaseService cases;

    public CaseLetters(CaseService cases) {
        this.cases = cases;
    }

    /** A letter: its id (for the desk's route) and when it was dispatched. */
    public record LetterRow(UUID id, String dispatchedAt, String dispatchedAtIso) {
    }

    /** The case's tenant letters, oldest first (read from its timeline). */
    public List<LetterRow> of(UUID caseId) {
        CaseJson.Timeline t = ReadRefused.reading(() -> cases.timeline(caseId));
        return letters(t);
    }

    static List<LetterRow> letters(CaseJson.Timeline t) {
        List<LetterRow> rows = new ArrayList<>();
        for (CaseJson.Entry e : t.entries() == null ? List.<CaseJson.Entry>of() : t.entries()) {
            if ("TENANT_LETTER_DISPATCHED".equals(e.kind()) && e.ref() != null) {
                try {
                    rows.add(new LetterRow(UUID.fromString(e.ref()), SwedishDates.dateTime(e.at()),
                            SwedishDates.isoDateTime(e.at())));
                } catch (IllegalArgumentException notAnId) {
                    // a ref that is not a letter id: nothing to open
                }
            }
        }
        return List.copyOf(rows);
    }

    /** The letter as dispatched (HTML). */
    public String letter(UUID caseId, UUID letterId) {
        return ReadRefused.reading(() -> cases.letter(caseId, letterId));
    }
}
