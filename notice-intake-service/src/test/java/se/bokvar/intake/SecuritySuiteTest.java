package se.bokvar.intake;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.bokvar.rules.identity.PersonalIdentityNumbers;
import se.bokvar.testsupport.security.ApiOperation;
import se.bokvar.testsupport.security.CellRequest;
import se.bokvar.testsupport.security.Role;
import se.bokvar.testsupport.security.SecurityFixtures;
import se.bokvar.testsupport.security.SecuritySuite;

/**
 * The security suite (docs/security-tests.md) for the intake API: the matrix is
 * src/test/resources/security/authorization-matrix.csv. Fixtures: {@code new} (a fresh notice body with a new
 * reference), {@code notice-of-landlord-a} (a termination landlord A sent, made anew for every cell so that a
 * withdrawal or served date can succeed once per cell), {@code none} (no path parameters, no body), {@code person} (a
 * supervisor's register-extract request for a person no notice names).
 */
@QuarkusTest
@TestProfile(IntakeTestProfile.class)
class SecuritySuiteTest extends SecuritySuite {

    /** Whose register extract the suite asks for: a person no notice names, so each request reads little. */
    static final String EXTRACT_SUBJECT = PersonalIdentityNumbers.of(LocalDate.of(1931, 5, 17), 987);

    SecuritySuiteTest() {
        super("intake", new TokenProbe("GET /api/v1/notices/{id}", "notice-of-landlord-a", Role.LANDLORD_A),
                SecurityFixtures.from(SecuritySuiteTest::request)
                        // the register extract stores nothing but its audit record: nothing to read back
                        .noReadBack(op -> op.path().equals(RegisterExtractTest.PATH))
                        // every write shows through the notice's status: GET /api/v1/notices/{id}
                        .readBack(op -> true, "/api/v1/notices/{id}", "id",
                                op -> op.path().endsWith("/batch") ? "/results/0/receipt/noticeId" : "/noticeId")
                        .build());
    }

    static CellRequest request(ApiOperation op, String fixture, Role caller) {
        return switch (fixture) {
            case "none" -> CellRequest.create();
            case "new" -> CellRequest.create().body(newBody(op.path()));
            case "person" -> CellRequest.create().body(RegisterExtractTest.request(EXTRACT_SUBJECT, RegisterExtractTest.PURPOSE)
                    .toString());
            case "notice-of-landlord-a" -> {
                ObjectNode termination = Notices.termination(Notices.reference());
                if (op.path().endsWith("/served-date")) {
                    termination.remove("servedOn");
                }
                String id = Notices.postNew(Role.LANDLORD_A_ID, "termination-unpaid-rent", termination);
                yield CellRequest.create().path("id", id).body(amendment(op.path(), termination));
            }
            default -> throw SecurityFixtures.unknownFixture(fixture);
        };
    }

    private static String newBody(String path) {
        String reference = Notices.reference();
        if (path.endsWith("/termination-unpaid-rent")) {
            return Notices.termination(reference).toString();
        }
        if (path.endsWith("/rectification-request")) {
            return Notices.rectification(reference).toString();
        }
        if (path.endsWith("/early-warning")) {
            return Notices.earlyWarning(reference).toString();
        }
        if (path.endsWith("/batch")) {
            ObjectNode batch = Notices.MAPPER.createObjectNode();
            batch.putArray("notices").addObject().put("kind", "TERMINATION_UNPAID_RENT")
                    .set("notice", Notices.termination(reference));
            return batch.toString();
        }
        throw new IllegalArgumentException("no new body for " + path);
    }

    private static String amendment(String path, ObjectNode termination) {
        if (path.endsWith("/corrections")) {
            ObjectNode corrected = termination.deepCopy();
            corrected.put("debtAmount", 16000);
            ObjectNode body = Notices.MAPPER.createObjectNode().put("reason", "Skulden var felaktigt angiven.");
            body.set("termination", corrected);
            return body.toString();
        }
        if (path.endsWith("/served-date")) {
            return "{\"servedOn\":\"" + Notices.today() + "\"}";
        }
        if (path.endsWith("/withdrawal")) {
            return "{\"reason\":\"DEBT_PAID\",\"comment\":\"Skulden betald.\"}";
        }
        return null;
    }
}
