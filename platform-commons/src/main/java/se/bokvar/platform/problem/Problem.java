package se.bokvar.platform.problem;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem details document ({@code application/problem+json}). {@code type} is stable per error
 * kind (see {@link ProblemType}); {@code errors} lists every invalid field of a rejected request.
 * Never carries stack traces or personal data. Always in the OpenAPI components ({@link ProblemResponses} refers to it).
 */
@Schema(name = "Problem")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, URI instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One invalid field.
     *
     * @param field   the JSON path of the field, e.g. {@code tenants[0].personalIdentityNumber}
     * @param message why it is invalid, without echoing the value
     */
    public record FieldError(String field, String message) {
    }

    public static Problem of(ProblemType type, String detail) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null, List.of());
    }

    public static Problem of(ProblemType type, String detail, List<FieldError> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null, List.copyOf(errors));
    }

    public Problem withInstance(URI instance) {
        return new Problem(type, title, status, detail, instance, errors);
    }
}
