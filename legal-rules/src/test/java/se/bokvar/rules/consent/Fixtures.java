package se.bokvar.rules.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Builds consent records for the tests, version by version, through the real change rules. */
final class Fixtures {

    static final Party HEMMA = Party.of(PartyKind.LANDLORD, "hemma-bostader");
    static final Party ALVSTADEN = Party.of(PartyKind.LANDLORD, "alvstaden-fastigheter");
    static final Party ELDERLY = Party.of(PartyKind.OTHER_ADMINISTRATION, "elderly-care");
    static final Party DISABILITY = Party.of(PartyKind.OTHER_ADMINISTRATION, "disability-support");
    static final Party SCHOOL = Party.of(PartyKind.OTHER_ADMINISTRATION, "school");
    static final Party BUDGET = Party.of(PartyKind.BUDGET_DEBT_COUNSELLING, null);
    static final Party KFM = Party.of(PartyKind.KRONOFOGDEN, null);
    static final Party RELATIVE = Party.of(PartyKind.NAMED_PARTY, "relative-1");

    static final LocalDate GIVEN = LocalDate.of(2026, 11, 20);
    static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");
    /** A moment well inside the records' validity. */
    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private Fixtures() {
    }

    static Scope scope(Set<Party> parties, Set<Purpose> purposes, Set<Category> categories) {
        return new Scope(parties, purposes, categories);
    }

    static DisclosureRequest ask(Party party, Purpose purpose, Category category) {
        return new DisclosureRequest(party, purpose, category);
    }

    static Builder consent(Scope scope) {
        return new Builder(new UUID(0, 1), LegalGround.CONSENT, scope, ConsentForm.WRITTEN, null);
    }

    static Builder consent(UUID id, Scope scope) {
        return new Builder(id, LegalGround.CONSENT, scope, ConsentForm.WRITTEN, null);
    }

    static Builder osl(UUID id, Scope scope) {
        return new Builder(id, LegalGround.OSL_26_9C, scope, null, null);
    }

    /** A record under construction; each step appends a version one day and one hour after the previous. */
    static final class Builder {
        final UUID id;
        final LegalGround ground;
        final List<ConsentVersion> versions = new ArrayList<>();
        LocalDate day = GIVEN;
        Instant at = T0;

        Builder(UUID id, LegalGround ground, Scope scope, ConsentForm form, LocalDate validUntil) {
            this.id = id;
            this.ground = ground;
            versions.add(new ConsentVersion(1, ChangeKind.GIVEN, scope, form, day, validUntil, at));
        }

        Builder form(ConsentForm form) {
            ConsentVersion v = last();
            versions.set(versions.size() - 1, new ConsentVersion(v.version(), v.change(), v.scope(), form, v.givenOn(),
                    v.validUntil(), v.recordedAt()));
            return this;
        }

        Builder validUntil(LocalDate validUntil) {
            ConsentVersion v = last();
            versions.set(versions.size() - 1, new ConsentVersion(v.version(), v.change(), v.scope(), v.form(),
                    v.givenOn(), validUntil, v.recordedAt()));
            return this;
        }

        Builder recordedAt(Instant recordedAt) {
            ConsentVersion v = last();
            versions.set(versions.size() - 1, new ConsentVersion(v.version(), v.change(), v.scope(), v.form(),
                    v.givenOn(), v.validUntil(), recordedAt));
            at = recordedAt;
            return this;
        }

        Builder withdraw(Withdrawal w) {
            return append(ConsentChanges.withdraw(last(), w), ConsentForm.ORAL_DOCUMENTED);
        }

        Builder change(Scope next) {
            return append(ConsentChanges.change(ground, last(), next), last().form());
        }

        private Builder append(ConsentChanges.Result result, ConsentForm form) {
            day = day.plusDays(1);
            at = at.plusSeconds(86_400 + 3_600);
            ConsentVersion v = last();
            versions.add(new ConsentVersion(v.version() + 1, result.change(), result.scope(),
                    ground.isConsent() ? form : null, day, v.validUntil(), at));
            return this;
        }

        ConsentVersion last() {
            return versions.get(versions.size() - 1);
        }

        ConsentRecord build() {
            return new ConsentRecord(id, ground, versions);
        }
    }
}
