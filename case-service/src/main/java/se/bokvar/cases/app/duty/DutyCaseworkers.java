package se.bokvar.cases.app.duty;

import java.time.LocalTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.bokvar.cases.store.HouseholdCase;
import se.bokvar.cases.store.KfmEviction;
import se.bokvar.contracts.v1.CaseworkerV1;
import se.bokvar.rules.directory.CaseworkerDirectory;

/**
 * Who is on duty: the caseworker directory, the duty roster and the cut-off time of day from which the duty
 * caseworker is named for a Kronofogden notice still without an assigned caseworker.
 */
@ApplicationScoped
public class DutyCaseworkers {

    private final LocalTime cutOff;
    private final DutyRoster roster;
    private final CaseworkerDirectory directory;

    @Inject
    public DutyCaseworkers(@CutOff LocalTime cutOff, DutyRoster roster, CaseworkerDirectory directory) {
        this.cutOff = cutOff;
        this.roster = roster;
        this.directory = directory;
    }

    public LocalTime cutOff() {
        return cutOff;
    }

    /** Who is responsible now: the assigned caseworker, else the duty caseworker of the board (or central). */
    public String responsibleUser(HouseholdCase c, KfmEviction k) {
        if (c.assignedTo != null) {
            return c.assignedTo;
        }
        String board = c.board == null ? DutyRoster.CENTRAL : c.board;
        return roster.dutyFor(board, k.dueOn)
                .or(() -> roster.dutyFor(DutyRoster.CENTRAL, k.dueOn))
                .orElseThrow(() -> new IllegalStateException("The duty roster names nobody for " + board + " on " + k.dueOn
                        + " and no central duty caseworker either"));
    }

    /** The caseworker as presented to Kronofogden and the tenant: from the directory, else the unit's basics. */
    public CaseworkerV1 present(String userId) {
        return directory.find(userId).map(CaseworkerContracts::of)
                .orElseGet(() -> new CaseworkerV1(userId, userId, null, null, null));
    }
}
