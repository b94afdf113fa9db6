package se.bokvar.platform.problem;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every exception that reaches the REST layer into an RFC 9457 problem document. Client errors name what
 * is wrong without echoing values (they may be personal data); anything unexpected is a 500 with no details.
 * A web application that answers with its own HTML pages (the caseworkers' desk) switches this off at build time with
 * {@code bokvar.http.problem-details=false}, and {@link BodySizeLimits} with it.
 */
@io.quarkus.arc.properties.UnlessBuildProperty(name = "bokvar.http.problem-details", stringValue = "false",
        enableIfMissing = true)
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        if (e.retryAfterSeconds() != null) {
            return Response.status(e.problem().status()).type(Problem.MEDIA_TYPE)
                    .header("Retry-After", Long.toString(Math.max(1, e.retryAfterSeconds())))
                    .entity(e.problem().withInstance(instance(uri))).build();
        }
        return respond(e.problem(), uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            errors.add(new Problem.FieldError(fieldPath(v.getPropertyPath()), v.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message));
        String detail = errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid";
        return respond(Problem.of(ProblemType.VALIDATION, detail, errors), uri);
    }

    @ServerExceptionMapper({ UnrecognizedPropertyException.class, InvalidFormatException.class,
            MismatchedInputException.class, InvalidTypeIdException.class, ValueInstantiationException.class,
            JsonMappingException.class, JsonParseException.class, JsonProcessingException.class })
    public Response json(Exception e, UriInfo uri) {
        return respond(JsonProblems.describe(e), uri);
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(Exception e, UriInfo uri) {
        Problem problem = Problem.of(ProblemType.UNAUTHENTICATED, "Send a valid bearer token in the Authorization header.");
        return Response.status(401)
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .entity(problem.withInstance(instance(uri)))
                .build();
    }

    @ServerExceptionMapper
    public Response identityProviderUnavailable(io.quarkus.oidc.OIDCException e, UriInfo uri) {
        LOG.warnf("The identity provider is unavailable: %s", e.getMessage());
        return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", "5")
                .entity(Problem.of(ProblemType.DEPENDENCY_UNAVAILABLE,
                        "The identity provider could not verify the token right now; try again shortly.").withInstance(instance(uri)))
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(ProblemType.FORBIDDEN, "Your role does not allow this operation."), uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            // the framework's body reader wrapped a JSON failure: describe it like any other
            return respond(JsonProblems.describe(json), uri);
        }
        ProblemType type = switch (status) {
            case 400 -> ProblemType.BAD_REQUEST;
            case 401 -> ProblemType.UNAUTHENTICATED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 409 -> ProblemType.CONFLICT;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 500 ? ProblemType.INTERNAL : ProblemType.BAD_REQUEST;
        };
        if (status >= 500) {
            LOG.errorf("Unexpected %s (status %d)", e.getClass().getName(), status);
            return respond(Problem.of(ProblemType.INTERNAL, "Something went wrong on our side; it has been logged."), uri);
        }
        String detail = switch (type) {
            case NOT_FOUND -> "There is no such resource.";
            case METHOD_NOT_ALLOWED -> "This resource does not support that method.";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json.";
            case NOT_ACCEPTABLE -> "This resource answers with application/json (problems as application/problem+json).";
            case PAYLOAD_TOO_LARGE -> "The request body exceeds the size limit of this endpoint.";
            default -> "The request could not be understood: check the path, the query parameters and the headers.";
        };
        Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(type, detail).withInstance(instance(uri)));
        if (status == 405 && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            response.header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW));
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseUnavailable.is(e)) {
            // not the client's fault and nothing was done: tell it to try again shortly (PostgreSQL restarting)
            LOG.warnf("Database unavailable while handling a request: %s", e.getClass().getName());
            return Response.status(503).type(Problem.MEDIA_TYPE).header(HttpHeaders.RETRY_AFTER, "5")
                    .entity(Problem.of(ProblemType.DEPENDENCY_UNAVAILABLE,
                            "The database is not reachable right now; nothing was changed. Try again in a few seconds.")
                            .withInstance(instance(uri))).build();
        }
        // The message may come from a library; the redacting log filter masks personal identity numbers.
        LOG.error("Unexpected error while handling a request", e);
        return respond(Problem.of(ProblemType.INTERNAL, "Something went wrong on our side; it has been logged."), uri);
    }

    /**
     * The JSON path of a violation, e.g. {@code tenants[0].personalIdentityNumber}: method and body-parameter
     * nodes dropped, list indexes in brackets (Hibernate Validator puts a list element's index on the node after
     * the list).
     */
    public static String fieldPath(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            ElementKind kind = node.getKind();
            boolean last = i == nodes.size() - 1;
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.RETURN_VALUE
                    || kind == ElementKind.CROSS_PARAMETER || kind == ElementKind.PARAMETER && !last) {
                continue;
            }
            if (node.isInIterable()) {
                out.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (kind == ElementKind.CONTAINER_ELEMENT || node.getName() == null) {
                continue;
            }
            if (out.length() > 0) {
                out.append('.');
            }
            out.append(node.getName());
        }
        return out.length() == 0 ? "body" : out.toString();
    }

    static Response respond(Problem problem, UriInfo uri) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem.withInstance(instance(uri))).build();
    }

    private static URI instance(UriInfo uri) {
        if (uri == null) {
            return null;
        }
        // the path as the client sent it (still percent-encoded): the decoded one may hold characters a URI cannot
        // (a space, a quote), and answering a hostile path must never fail with a 500
        try {
            return URI.create(uri.getPath(false));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
