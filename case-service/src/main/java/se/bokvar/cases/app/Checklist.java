package se.bokvar.cases.app;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.store.CaseFileStore;
import se.bokvar.cases.store.CaseStep;
import se.bokvar.cases.store.HouseholdCase;
import se.bokvar.cases.store.KfmEviction;
import se.bokvar.rules.casework.RequiredSteps.Kind;
import se.bokvar.rules.casework.RequiredSteps.Requirement;
import se.bokvar.rules.casework.RequiredSteps;
import se.bokvar.rules.casework.StepKind;

/** The steps a case requires (legal-rules {@link RequiredSteps}) against the steps recorded. */
@ApplicationScoped
public class Checklist {

    /** A required step and whether it is done. */
    public record Item(String kind, String ref, boolean done) {
    }

    private final ObjectMapper mapper;
    private final CaseFileStore files;

    @Inject
    public Checklist(ObjectMapper mapper, CaseFileStore files) {
        this.mapper = mapper;
        this.files = files;
    }

    /** The required steps of the case not recorded yet. */
    public Uni<List<Requirement>> outstanding(Mutiny.Session session, HouseholdCase c) {
        return files.evictions(session, c.id).flatMap(evictions -> files.doneSteps(session, c.id)
                .map(steps -> outstanding(c, evictions, steps)));
    }

    public List<Requirement> outstanding(HouseholdCase c, List<KfmEviction> evictions, List<CaseStep> doneSteps) {
        return RequiredSteps.outstanding(requirements(c, evictions), satisfied(doneSteps));
    }

    public List<Item> required(HouseholdCase c, List<KfmEviction> evictions, List<CaseStep> doneSteps) {
        Set<Requirement> satisfied = satisfied(doneSteps);
        List<Item> out = new ArrayList<>();
        for (Requirement r : requirements(c, evictions)) {
            out.add(new Item(r.kind().name(), r.ref(), satisfied.contains(r)));
        }
        return out;
    }

    static List<Requirement> requirements(HouseholdCase c, List<KfmEviction> evictions) {
        return RequiredSteps.required(c.childrenAffected(),
                evictions.stream().filter(k -> !k.cancelled()).map(k -> k.kfmCaseNumber).toList());
    }

    Set<Requirement> satisfied(List<CaseStep> doneSteps) {
        Set<Requirement> satisfied = new HashSet<>();
        for (CaseStep s : doneSteps) {
            if (!s.done()) {
                continue;
            }
            if (s.kind == StepKind.CHILDREN_CONVERSATION) {
                satisfied.add(new Requirement(Kind.CHILDREN_CONVERSATION, RequiredSteps.CASE));
            } else if (s.kind == StepKind.EVICTION_ATTENDANCE && s.kfmCaseNumber != null) {
                JsonNode d = details(s);
                satisfied.addAll(RequiredSteps.satisfiedByAttendance(s.kfmCaseNumber, d.path("attended").asBoolean(false),
                        d.path("childrenUnitAttended").asBoolean(false),
                        d.path("agreedOtherwiseWithKronofogden").asBoolean(false)));
            }
        }
        return satisfied;
    }

    JsonNode details(CaseStep s) {
        try {
            return mapper.readTree(s.details);
        } catch (JsonProcessingException e) {
            return mapper.createObjectNode();
        }
    }
}
