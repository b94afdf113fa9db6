package se.bokvar.consent.app;

import java.util.ArrayList;
import java.util.List;

import se.bokvar.consent.store.CaseAccessRow;
import se.bokvar.consent.store.ConsentRow;
import se.bokvar.consent.store.ConsentVersionRow;
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.platform.problem.ProblemType;
import se.bokvar.rules.consent.ChangeKind;
import se.bokvar.rules.consent.ConsentClosedException;

/** A consent the caller may work with, its versions (oldest first) and its case. */
public record LoadedConsent(ConsentRow consent, CaseAccessRow access, List<ConsentVersionRow> versions) {

    public ConsentVersionRow current() {
        return versions.get(versions.size() - 1);
    }

    /** The versions with {@code next} appended. */
    public List<ConsentVersionRow> with(ConsentVersionRow next) {
        List<ConsentVersionRow> all = new ArrayList<>(versions);
        all.add(next);
        return all;
    }

    /** 409 unless the change was prepared from the current version (or names none). */
    public void requireBasedOnCurrent(Integer basedOn) {
        if (basedOn != null && basedOn != current().version) {
            throw new ProblemException(ProblemType.CONFLICT, "The change was prepared from version " + basedOn
                    + " but the consent is at version " + current().version + ": read it again and retry.");
        }
    }

    /** 409 once the consent is wholly withdrawn. */
    public void requireOpen() {
        if (current().change == ChangeKind.WITHDRAWN) {
            throw new ProblemException(ProblemType.CONFLICT, new ConsentClosedException().getMessage() + ".");
        }
    }

    /** What audit records and events name: the consent, its case and the person's key. */
    public List<String> ids() {
        return ids(consent);
    }

    static List<String> ids(ConsentRow c) {
        return List.of(c.id.toString(), c.caseId.toString(), c.personKey);
    }
}
