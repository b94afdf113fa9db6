package se.bokvar.platform.problem;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Every error response of every service is an RFC 9457 problem ({@link Problem}, {@code application/problem+json}):
 * this OpenAPI filter gives each documented 4xx and 5xx response that states no content of its own that content,
 * so a resource documents an error with its code and meaning only:
 * {@code @APIResponse(responseCode = "404", description = "No such case")}. Registered for every service by
 * {@code mp.openapi.filter} in platform-commons' configuration.
 */
public class ProblemResponses implements OASFilter {

    static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().forEach((code, response) -> {
                if (isError(code) && stateNoContent(response)) {
                    response.setContent(problemContent());
                }
            });
        }
        return operation;
    }

    static boolean isError(String code) {
        return code != null && code.length() == 3 && (code.charAt(0) == '4' || code.charAt(0) == '5');
    }

    private static boolean stateNoContent(APIResponse response) {
        return response.getContent() == null || response.getContent().getMediaTypes() == null
                || response.getContent().getMediaTypes().isEmpty();
    }

    static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA)));
    }
}
