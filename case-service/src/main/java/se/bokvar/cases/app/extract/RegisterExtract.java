package se.bokvar.cases.app.extract;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import se.bokvar.cases.app.HouseholdMembers;
import se.bokvar.cases.store.extract.RegisterExtractStore;
import se.bokvar.cases.store.extract.RegisterExtractStore.Stored;
import se.bokvar.platform.audit.AuditLog;
import se.bokvar.platform.extract.ExtractRecord;
import se.bokvar.platform.extract.ExtractRequest;
import se.bokvar.platform.extract.OtherPeople;
import se.bokvar.platform.extract.ReviewFlag;
import se.bokvar.platform.extract.ServiceExtract;
import se.bokvar.platform.security.Caller;
import se.bokvar.rules.identity.PersonalIdentityNumber;

/**
 * case-service's part of a person's register extract (GDPR art. 15; docs/register-extract.md): every case the person
 * is a member of, with everything on it as stored ({@code CASE}), events that wait for a notice naming them
 * ({@code PARKED_EVENT}), and who read, searched or changed their cases or looked them up ({@code ACCESS}, from the
 * audit trail). For the whole municipality, whatever the supervisor's board: the controller answers for all it
 * holds; the purpose and the audit record guard it. The reads and the audit record share one transaction.
 */
@ApplicationScoped
public class RegisterExtract {

    static final String SERVICE = "case-service";
    static final List<String> HOLDS = List.of("CASE", "PARKED_EVENT", "ACCESS");

    private final Pool pool;
    private final RegisterExtractStore store;
    private final AuditLog audit;
    private final HouseholdMembers people;
    private final ObjectMapper mapper;
    private final Clock clock;

    @Inject
    public RegisterExtract(Pool pool, RegisterExtractStore store, AuditLog audit, HouseholdMembers people,
            ObjectMapper mapper, Clock clock) {
        this.pool = pool;
        this.store = store;
        this.audit = audit;
        this.people = people;
        this.mapper = mapper;
        this.clock = clock;
    }

    public Uni<ServiceExtract> handle(Caller caller, ExtractRequest request) {
        String subject = PersonalIdentityNumber.parse(request.personalIdentityNumber(), clock).canonical();
        String personKey = people.personKey(subject).orElseThrow();
        return pool.withTransaction(conn -> store.cases(conn, subject)
                .flatMap(cases -> Multi.createFrom().iterable(cases)
                        .onItem().transformToUniAndConcatenate(c -> store.caseFile(conn, UUID.fromString(c.id()))
                                .map(json -> caseRecord(c, json, subject)))
                        .collect().asList()
                        .flatMap(caseRecords -> store.parkedEvents(conn, subject).flatMap(parked -> {
                            List<String> named = new ArrayList<>();
                            cases.forEach(c -> named.add(c.id()));
                            named.add(personKey);
                            return store.access(conn, named).flatMap(access -> {
                                List<ExtractRecord> records = new ArrayList<>(caseRecords);
                                parked.forEach(p -> records.add(ExtractRecord.of("PARKED_EVENT", p.id(), p.at().toInstant(),
                                        json(p.json()), subject)));
                                access.forEach(a -> records.add(accessRecord(a)));
                                return audit.record(conn, caller, "register.extract", "person", List.of(personKey),
                                        request.purpose().strip())
                                        .replaceWith(new ServiceExtract(SERVICE, clock.instant(), subject, records, HOLDS));
                            });
                        }))));
    }

    private ExtractRecord caseRecord(Stored c, String caseFile, String subject) {
        JsonNode data = json(caseFile);
        List<ReviewFlag> review = new ArrayList<>(OtherPeople.flag(data, subject));
        // free text written by caseworkers, landlords or others: it may mention other people
        freeText(data, "case", List.of("outcome_note"), review);
        freeText(data, "notices", List.of("position_reason", "withdrawal_reason"), review);
        freeText(data, "noticeRevisions", List.of("reason"), review);
        freeText(data, "steps", List.of("notes", "details"), review);
        freeText(data, "preAssessmentExtensions", List.of("reason"), review);
        freeText(data, "postponementRequests", List.of("motivation", "comment"), review);
        freeText(data, "timeline", List.of("details"), review);
        return new ExtractRecord("CASE", c.id(), c.at().toInstant(), data, review);
    }

    /** Flags each non-empty {@code field} of the object (or of every element of the array) at {@code member}. */
    private static void freeText(JsonNode data, String member, List<String> fields, List<ReviewFlag> review) {
        JsonNode node = data.path(member);
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flagFields(node.get(i), "/" + member + "/" + i, fields, review);
            }
        } else if (node.isObject()) {
            flagFields(node, "/" + member, fields, review);
        }
    }

    private static void flagFields(JsonNode object, String path, List<String> fields, List<ReviewFlag> review) {
        for (String f : fields) {
            JsonNode v = object.get(f);
            if (v != null && !v.isNull() && !(v.isTextual() && v.asText().isBlank())) {
                review.add(ReviewFlag.freeText(path + "/" + f));
            }
        }
    }

    private ExtractRecord accessRecord(Stored a) {
        JsonNode data = json(a.json());
        // the employee who read the case: their identity is theirs, reviewed before release
        return new ExtractRecord("ACCESS", a.id(), a.at().toInstant(), data,
                List.of(new ReviewFlag("/actor_username", ReviewFlag.OTHER_PERSON,
                        "The employee who read or changed the case: review before release"),
                        new ReviewFlag("/actor_subject", ReviewFlag.OTHER_PERSON,
                                "The employee's account id: review before release")));
    }

    private JsonNode json(String text) {
        try {
            return mapper.readTree(text);
        } catch (JsonProcessingException e) {
            // a stored document that is not JSON: neither the content nor the parser's message (which may quote it)
            throw new IllegalStateException("A stored document of case-service could not be read as JSON ("
                    + e.getClass().getSimpleName() + ")");
        }
    }
}
