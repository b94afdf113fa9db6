package se.bokvar.consent.service;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What one version changed against the one before (column {@code consent_version.changes}).
 *
 * @param added   parties, purposes and categories this version added (all of them for version 1), or null
 * @param removed what it removed (a withdrawal), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StoredChanges(StoredScope added, StoredScope removed) {

    public static StoredChanges between(StoredScope before, StoredScope after) {
        return new StoredChanges(after.minus(before), before.minus(after));
    }
}
