package se.bokvar.kronofogden;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.bokvar.contracts.v1.PostponementRequestedV1;
import se.bokvar.rules.identity.PersonalIdentityNumbers;
import se.bokvar.testsupport.security.ApiOperation;
import se.bokvar.testsupport.security.CellRequest;
import se.bokvar.testsupport.security.Role;
import se.bokvar.testsupport.security.SecurityFixtures;
import se.bokvar.testsupport.security.SecuritySuite;

/**
 * The security suite (docs/security-tests.md) for the adapter's API (Kronofogden's side of the integration): the
 * matrix is src/test/resources/security/authorization-matrix.csv. Fixtures, made anew for every cell: {@code new} (a
 * fresh eviction notice body), {@code eviction} (an eviction notice Kronofogden sent), {@code postponement-request} (a
 * postponement request case-service asked for, already delivered to the fake Kronofogden), {@code person} (a
 * supervisor's register-extract request for a person no notice names).
 */
@QuarkusTest
@TestProfile(KronofogdenTestProfile.class)
class SecuritySuiteTest extends SecuritySuite {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    /** Whose register extract the suite asks for: a person no notice names, so each request reads little. */
    static final String EXTRACT_SUBJECT = PersonalIdentityNumbers.of(LocalDate.of(1931, 5, 17), 987);

    SecuritySuiteTest() {
        super("kronofogden", new TokenProbe("GET /api/v1/evictions/{kfmCaseNumber}", "eviction", Role.KRONOFOGDEN),
                SecurityFixtures.from((op, fixture, caller) -> request(op, fixture))
                        // a notice and its updates show in GET /api/v1/evictions/{kfmCaseNumber}
                        .readBack(op -> op.path().startsWith("/api/v1/evictions"), "/api/v1/evictions/{kfmCaseNumber}",
                                "kfmCaseNumber", "/kfmCaseNumber")
                        // the delivery worker records attempts and outcomes of earlier accepted notices at its own pace
                        .tablesRejectedRequestsMayChange("delivery", "delivery_attempt")
                        .build());
    }

    static OffsetDateTime inAWeek() {
        return OffsetDateTime.now(STOCKHOLM).plusDays(7).withHour(9).truncatedTo(ChronoUnit.HOURS);
    }

    static CellRequest request(ApiOperation op, String fixture) {
        return switch (fixture) {
            case "new" -> CellRequest.create().body(Fixtures.write(Fixtures.notice(Fixtures.kfmCaseNumber(), inAWeek())));
            case "person" -> CellRequest.create().body(Fixtures.write(
                    Map.of("personalIdentityNumber", EXTRACT_SUBJECT, "purpose", RegisterExtractTest.PURPOSE)));
            case "eviction" -> {
                String kfm = Fixtures.kfmCaseNumber();
                Fixtures.received(Fixtures.notice(kfm, inAWeek()));
                String body = op.hasBody() ? ContractSchemas.example("eviction-update")
                        .replace("2026-12-17T09:00:00+01:00", Fixtures.iso(inAWeek().plusDays(14)))
                        .replace("UPD-2026-000481", "UPD-" + UUID.randomUUID().toString().substring(0, 8)) : null;
                yield CellRequest.create().path("kfmCaseNumber", kfm).body(body);
            }
            case "postponement-request" -> {
                String kfm = Fixtures.kfmCaseNumber();
                Fixtures.received(Fixtures.notice(kfm, inAWeek()));
                UUID caseId = UUID.randomUUID();
                UUID requestId = UUID.randomUUID();
                Fixtures.publish(new PostponementRequestedV1(requestId, caseId, kfm, "ILLNESS", null, Fixtures.ANNA, Instant.now()));
                PostponementTest.answered(caseId, "SENT");
                yield CellRequest.create().path("requestId", requestId).body(Fixtures.write(
                        Map.of("outcome", "REFUSED", "decidedAt", Fixtures.iso(OffsetDateTime.now(STOCKHOLM).withNano(0)))));
            }
            default -> throw SecurityFixtures.unknownFixture(fixture);
        };
    }
}
