package se.bokvar.consent.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import se.bokvar.consent.CaseAccessEntry;
import se.bokvar.consent.Consent;
import se.bokvar.consent.ConsentVersionRow;
import se.bokvar.consent.access.ConsentAccess;
import se.bokvar.platform.problem.Problem;
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.platform.problem.ProblemType;
import se.bokvar.platform.security.Caller;
import se.bokvar.rules.consent.ChangeKind;
import se.bokvar.rules.consent.ConsentForm;
import se.bokvar.rules.consent.ConsentRecord;
import se.bokvar.rules.consent.ConsentVersion;
import se.bokvar.rules.consent.LegalGround;

/** Reads consents, versions and the case projection, with the access rule applied; JSON of the stored columns. */
@ApplicationScoped
public class ConsentStore {

    private final ObjectMapper mapper;

    @Inject
    public ConsentStore(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** A consent with its versions (oldest first) and its case. */
    public record Loaded(Consent consent, CaseAccessEntry access, List<ConsentVersionRow> versions) {

        public ConsentVersionRow current() {
            return versions.get(versions.size() - 1);
        }
    }

    /** The case, if the caller may work with it; otherwise a 404 (also for a case never announced). */
    public Uni<CaseAccessEntry> caseFor(Mutiny.Session session, Caller caller, UUID caseId) {
        return session.find(CaseAccessEntry.class, caseId).map(c -> {
            if (!ConsentAccess.mayWorkWith(caller, c)) {
                throw ProblemException.notFound("Case " + caseId);
            }
            return c;
        });
    }

    /** Fails with 409 unless the person (by key) is one of the case's persons. */
    public void requireMember(CaseAccessEntry access, String personKey) {
        if (!personKeys(access).contains(personKey)) {
            throw new ProblemException(ProblemType.CONFLICT, "The person is not one of this case's persons, as"
                    + " case-service last announced them: check the personnummer and the case.",
                    List.of(new Problem.FieldError("personalIdentityNumber", "is not one of the case's persons")));
        }
    }

    /** The consent with its versions, if the caller may work with its case; otherwise a 404. */
    public Uni<Loaded> load(Mutiny.Session session, Caller caller, UUID consentId) {
        return session.find(Consent.class, consentId).flatMap(consent -> {
            if (consent == null) {
                return Uni.createFrom().failure(ProblemException.notFound("Consent " + consentId));
            }
            return session.find(CaseAccessEntry.class, consent.caseId).flatMap(access -> {
                if (!ConsentAccess.mayWorkWith(caller, access)) {
                    return Uni.createFrom().failure(ProblemException.notFound("Consent " + consentId));
                }
                return versions(session, List.of(consentId))
                        .map(v -> new Loaded(consent, access, v.getOrDefault(consentId, List.of())));
            });
        });
    }

    /**
     * Serialises changes to one consent: holds a transaction-scoped advisory lock on it, so that concurrent changes
     * and withdrawals each see the version the previous one wrote (no lost update, no version written twice).
     */
    public Uni<Void> lock(Mutiny.Session session, UUID consentId) {
        return session.createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1)) l", Integer.class)
                .setParameter(1, consentId.getMostSignificantBits() ^ consentId.getLeastSignificantBits())
                .getSingleResult().replaceWithVoid();
    }

    /** The consents of a case (optionally of one person), oldest first. */
    public Uni<List<Consent>> consentsOf(Mutiny.Session session, UUID caseId, String personKey) {
        if (personKey == null) {
            return session.createSelectionQuery("from Consent where caseId = :c order by createdAt, id", Consent.class)
                    .setParameter("c", caseId).getResultList();
        }
        return session.createSelectionQuery("from Consent where caseId = :c and personKey = :p order by createdAt, id",
                Consent.class).setParameter("c", caseId).setParameter("p", personKey).getResultList();
    }

    /** The versions of the given consents, each list oldest first. */
    public Uni<Map<UUID, List<ConsentVersionRow>>> versions(Mutiny.Session session, Collection<UUID> consentIds) {
        if (consentIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return session.createSelectionQuery("from ConsentVersionRow where consentId in :ids order by consentId, version",
                ConsentVersionRow.class).setParameter("ids", consentIds).getResultList().map(rows -> {
                    Map<UUID, List<ConsentVersionRow>> byConsent = new LinkedHashMap<>();
                    for (ConsentVersionRow row : rows) {
                        byConsent.computeIfAbsent(row.consentId, k -> new ArrayList<>()).add(row);
                    }
                    return byConsent;
                });
    }

    /** The rule's view of a record. */
    public ConsentRecord record(Consent consent, List<ConsentVersionRow> versions) {
        return new ConsentRecord(consent.id, LegalGround.valueOf(consent.legalGround),
                versions.stream().map(this::version).toList());
    }

    public ConsentVersion version(ConsentVersionRow row) {
        return new ConsentVersion(row.version, ChangeKind.valueOf(row.change), scope(row).toScope(),
                row.form == null ? null : ConsentForm.valueOf(row.form), row.givenOn, row.validUntil,
                row.recordedAt.toInstant());
    }

    public StoredScope scope(ConsentVersionRow row) {
        return read(row.scope, StoredScope.class);
    }

    public StoredChanges changes(ConsentVersionRow row) {
        return read(row.changes, StoredChanges.class);
    }

    public List<String> personKeys(CaseAccessEntry access) {
        try {
            return mapper.readValue(access.personKeys, new TypeReference<List<String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable person keys of a case", e);
        }
    }

    public String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    private <T> T read(String json, Class<T> type) {
        try {
            return mapper.readerFor(type).readValue(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("unreadable stored " + type.getSimpleName(), e);
        }
    }
}
