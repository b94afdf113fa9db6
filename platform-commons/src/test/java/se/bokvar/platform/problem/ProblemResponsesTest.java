package se.bokvar.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

class ProblemResponsesTest {

    private static Operation operation() {
        return OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("ok"))
                .addAPIResponse("204", OASFactory.createAPIResponse().description("done"))
                .addAPIResponse("404", OASFactory.createAPIResponse().description("No such case"))
                .addAPIResponse("503", OASFactory.createAPIResponse().description("unavailable"))
                .addAPIResponse("409", OASFactory.createAPIResponse().description("as text").content(
                        OASFactory.createContent().addMediaType("text/plain", OASFactory.createMediaType())))
                .addAPIResponse("default", OASFactory.createAPIResponse().description("anything")));
    }

    private static APIResponse response(Operation operation, String code) {
        return operation.getResponses().getAPIResponse(code);
    }

    @Test
    void errorsWithoutContentBecomeProblems() {
        Operation filtered = new ProblemResponses().filterOperation(operation());
        for (String code : new String[] {"404", "503"}) {
            assertThat(response(filtered, code).getContent().getMediaTypes()).containsOnlyKeys(Problem.MEDIA_TYPE);
            assertThat(response(filtered, code).getContent().getMediaType(Problem.MEDIA_TYPE).getSchema().getRef())
                    .isEqualTo("#/components/schemas/Problem");
        }
    }

    @Test
    void successesDefaultsAndErrorsWithTheirOwnContentAreLeftAlone() {
        Operation filtered = new ProblemResponses().filterOperation(operation());
        assertThat(response(filtered, "200").getContent()).isNull();
        assertThat(response(filtered, "204").getContent()).isNull();
        assertThat(response(filtered, "default").getContent()).isNull();
        assertThat(response(filtered, "409").getContent().getMediaTypes()).containsOnlyKeys("text/plain");
    }

    @Test
    void anOperationWithoutResponsesIsFine() {
        Operation bare = OASFactory.createOperation();
        assertThat(new ProblemResponses().filterOperation(bare)).isSameAs(bare);
    }

    @Test
    void onlyThreeDigitCodesFromFourAndFiveHundredAreErrors() {
        assertThat(ProblemResponses.isError("400")).isTrue();
        assertThat(ProblemResponses.isError("599")).isTrue();
        assertThat(ProblemResponses.isError("399")).isFalse();
        assertThat(ProblemResponses.isError("4XX")).isTrue();
        assertThat(ProblemResponses.isError("default")).isFalse();
        assertThat(ProblemResponses.isError(null)).isFalse();
    }
}
