package se.bokvar.cases.app.duty;

import se.bokvar.contracts.v1.CaseworkerV1;
import se.bokvar.rules.directory.CaseworkerDirectory;

/** How a caseworker of the directory is presented in case-service's events (to Kronofogden and the tenant). */
public final class CaseworkerContracts {

    private CaseworkerContracts() {
    }

    public static CaseworkerV1 of(CaseworkerDirectory.Entry e) {
        return new CaseworkerV1(e.userId(), e.name(), e.phone(), e.email(), e.unitName());
    }
}
