package se.bokvar.consent.app;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What one version changed against the one before (column {@code consent_version.changes}, {@link StoredJson}).
 *
 * @param added   parties, purposes and categories this version added (all of them for version 1), or null
 * @param removed what it removed (a withdrawal), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScopeChanges(ConsentScope added, ConsentScope removed) {

    public static ScopeChanges between(ConsentScope before, ConsentScope after) {
        return new ScopeChanges(after.minus(before), before.minus(after));
    }
}
