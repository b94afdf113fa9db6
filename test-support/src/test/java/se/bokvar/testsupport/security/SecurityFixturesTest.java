package se.bokvar.testsupport.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class SecurityFixturesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ApiOperation op(String method, String path) {
        return new ApiOperation(method, path, List.of(), null, null);
    }

    private static CellRequest request(ApiOperation op, String fixture, Role caller) {
        return switch (fixture) {
            case "none" -> CellRequest.create();
            case "thing" -> CellRequest.create().path("id", "t-1").body("{}");
            default -> throw SecurityFixtures.unknownFixture(fixture);
        };
    }

    private final SecurityFixtures fixtures = SecurityFixtures.from(SecurityFixturesTest::request)
            .noReadBack(op -> op.path().endsWith("/search"))
            .readBack(op -> op.path().endsWith("/batch"), "/things/{id}", "id", "/results/0/id")
            .readBack(op -> op.path().startsWith("/things"), "/things/{id}", "id", op -> "/id")
            .tablesRejectedRequestsMayChange("audit_record", "delivery")
            .build();

    @Test
    void requestsComeFromTheFunctionAndUnknownFixturesAreRefused() {
        CellRequest thing = fixtures.request(op("POST", "/things/{id}/x"), "thing", Role.LANDLORD_A);
        assertThat(thing.pathParams()).containsEntry("id", "t-1");
        assertThat(thing.body()).isEqualTo("{}");
        assertThatIllegalArgumentException().isThrownBy(() -> fixtures.request(op("GET", "/things"), "other", Role.NONE))
                .withMessage("unknown fixture other");
        assertThat(fixtures.isFreshBody("none")).isTrue();
        assertThat(fixtures.isFreshBody("thing")).isFalse();
        assertThat(fixtures.tablesRejectedRequestsMayChange()).containsExactlyInAnyOrder("audit_record", "delivery");
        assertThat(SecurityFixtures.from(SecurityFixturesTest::request).build().tablesRejectedRequestsMayChange()).isEmpty();
    }

    @Test
    void theFirstReadBackRuleThatAppliesDecides() {
        ObjectNode answer = JSON.createObjectNode().put("id", "from-answer");
        answer.putArray("results").addObject().put("id", "from-batch");

        Optional<SecurityFixtures.ReadBack> sentId = fixtures.readBack(op("POST", "/things/{id}/x"),
                CellRequest.create().path("id", "t-1"), answer);
        assertThat(sentId).hasValueSatisfying(r -> {
            assertThat(r.pathTemplate()).isEqualTo("/things/{id}");
            assertThat(r.request().pathParams()).containsEntry("id", "t-1");
        });
        assertThat(fixtures.readBack(op("POST", "/things"), CellRequest.create(), answer))
                .hasValueSatisfying(r -> assertThat(r.request().pathParams()).containsEntry("id", "from-answer"));
        assertThat(fixtures.readBack(op("POST", "/things/batch"), CellRequest.create(), answer))
                .hasValueSatisfying(r -> assertThat(r.request().pathParams()).containsEntry("id", "from-batch"));
        assertThat(fixtures.readBack(op("POST", "/things/search"), CellRequest.create().path("id", "t-1"), answer)).isEmpty();
        assertThat(fixtures.readBack(op("POST", "/other"), CellRequest.create().path("id", "t-1"), answer)).isEmpty();
        assertThat(fixtures.readBack(op("POST", "/things"), CellRequest.create(), null)).isEmpty();
    }
}
