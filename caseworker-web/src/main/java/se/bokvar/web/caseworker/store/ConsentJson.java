package se.bokvar.web.caseworker.store;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * consent-service's answers as the desk reads them (docs/consent.md, its OpenAPI: Consent, ConsentVersion,
 * ConsentScope, ConsentParty). The desk's own copy of the shapes; fields consent-service adds later are ignored.
 * Its refusals are problem documents of the same shape as case-service's ({@link CaseJson.Problem}).
 */
public final class ConsentJson {

    private ConsentJson() {
    }

    /** A consent record; {@code versions} only when one record is read (every version, oldest first). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Consent(UUID id, UUID caseId, String personalIdentityNumber, String legalGround, String status,
            OffsetDateTime createdAt, String createdBy, Version current, List<Version> versions) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Version(int version, String change, Scope scope, Scope added, Scope removed, String form,
            LocalDate givenOn, LocalDate validUntil, String signedFormReference, String note, String documentedBy,
            String documentedByName, OffsetDateTime recordedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Scope(List<Party> parties, List<String> purposes, List<String> categories, String otherPurpose,
            String otherCategory) {
    }

    /** Who may be contacted or told: kind and id are its identity, the name is for people to read. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Party(String kind, String id, String name) {
    }
}
