package se.bokvar.cases.app;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.store.CasePerson;
import se.bokvar.contracts.v1.PersonV1;
import se.bokvar.rules.household.TenancyKeys;
import se.bokvar.rules.identity.PersonalIdentityNumber;

/** The people of a household (tenants and co-tenants of its notices, others found by the register check). */
@ApplicationScoped
public class HouseholdMembers {

    private final TenancyKeys keys;
    private final Clock clock;

    @Inject
    public HouseholdMembers(TenancyKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** The person key of a personnummer (canonical or not), or empty if it is not valid. */
    public Optional<String> personKey(String personalIdentityNumber) {
        try {
            return Optional.of(keys.personKey(PersonalIdentityNumber.parse(personalIdentityNumber, clock)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /**
     * The people of a case opened in this transaction, as {@link #add} would store them (not stored): one per
     * personnummer, the last name given.
     */
    public List<CasePerson> ofNewCase(UUID caseId, List<PersonV1> persons, CasePerson.Role role, CasePerson.Source source) {
        Map<String, CasePerson> people = new LinkedHashMap<>();
        for (PersonV1 person : persons) {
            CasePerson existing = people.get(person.personalIdentityNumber());
            if (existing != null) {
                existing.name = person.name();
            } else {
                people.put(person.personalIdentityNumber(), person(caseId, person, role, source));
            }
        }
        return List.copyOf(people.values());
    }

    private CasePerson person(UUID caseId, PersonV1 person, CasePerson.Role role, CasePerson.Source source) {
        CasePerson p = new CasePerson();
        p.caseId = caseId;
        p.personalIdentityNumber = person.personalIdentityNumber();
        p.coordinationNumber = person.coordinationNumber();
        p.name = person.name();
        p.role = role;
        p.source = source;
        p.personKey = personKey(person.personalIdentityNumber()).orElse(null);
        return p;
    }

    /** Adds the persons not yet on the case; updates the name of those who are. */
    public Uni<Void> add(Mutiny.Session session, UUID caseId, List<PersonV1> persons, CasePerson.Role role,
            CasePerson.Source source) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (PersonV1 person : persons) {
            chain = chain.flatMap(v -> {
                CasePerson.Key key = new CasePerson.Key();
                key.caseId = caseId;
                key.personalIdentityNumber = person.personalIdentityNumber();
                return session.find(CasePerson.class, key).flatMap(existing -> {
                    if (existing != null) {
                        existing.name = person.name();
                        return Uni.createFrom().voidItem();
                    }
                    return session.persist(person(caseId, person, role, source));
                });
            });
        }
        return chain;
    }
}
