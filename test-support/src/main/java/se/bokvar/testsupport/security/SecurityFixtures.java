package se.bokvar.testsupport.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a service's security test knows about its own API: for an operation, a fixture name from its matrix and a
 * caller, the request to send. The fixture makes the cell mean something: the resource exists and belongs to
 * landlord A, or lies on a case of board X with (or without) children, so that a 404 for landlord B or board Y is
 * the access rule at work and not a missing resource.
 * <p>
 * {@link #request} is called once per cell, before the call, so a fixture can make a fresh resource for every cell
 * of an operation that changes state (a withdrawal can only be done once).
 */
public interface SecurityFixtures {

    /**
     * The request for one cell.
     *
     * @param operation the documented operation
     * @param fixture the fixture name of the matrix row
     * @param caller who will send the request (a fixture usually prepares the same request for every caller)
     * @throws IllegalArgumentException for a fixture name it does not know
     */
    CellRequest request(ApiOperation operation, String fixture, Role caller);

    /**
     * Tables that a rejected (4xx) request may legitimately change, besides {@code flyway_schema_history} and
     * {@code processed_event}: e.g. {@code audit_record} when the service audits refused reads.
     */
    default Set<String> tablesRejectedRequestsMayChange() {
        return Set.of();
    }

    /** A GET that shows what a write stored: the path template and its parameters. */
    record ReadBack(String pathTemplate, CellRequest request) {
    }

    /**
     * How to read back what an accepted write of {@code operation} stored, through the API that shows it (for the
     * hostile-text sweep: an accepted string must read back unchanged, or canonicalised as documented). Empty when
     * no API shows what the operation stores.
     *
     * @param sent the request that was accepted
     * @param answer its JSON answer (null when it had none)
     */
    default Optional<ReadBack> readBack(ApiOperation operation, CellRequest sent, JsonNode answer) {
        return Optional.empty();
    }

    /**
     * The read-back {@code GET template} of the resource the write named: the path parameter {@code param} of the
     * request it answered, or else the text at {@code answerPointer} of its answer (a JSON pointer); empty if neither.
     */
    static Optional<ReadBack> of(String template, String param, CellRequest sent, JsonNode answer, String answerPointer) {
        String id = sent.pathParams().get(param);
        if (id == null && answer != null && answer.at(answerPointer).isTextual()) {
            id = answer.at(answerPointer).asText();
        }
        return id == null ? Optional.empty() : Optional.of(new ReadBack(template, CellRequest.create().path(param, id)));
    }

    /**
     * Whether the fixture is cheap and writes nothing (e.g. a fresh body with a new reference), so the hostile-text
     * sweep can make a new request for every string. Resource fixtures (a notice, a case) are reused and renewed only
     * when an accepted string used them up.
     */
    default boolean isFreshBody(String fixture) {
        return fixture.equals("new") || fixture.equals("none");
    }

    /** The exception a fixture switch throws for a name it does not know. */
    static IllegalArgumentException unknownFixture(String fixture) {
        return new IllegalArgumentException("unknown fixture " + fixture);
    }

    /**
     * Fixtures made of a service's request function (usually a static {@code request(op, fixture, caller)} with a
     * switch over the fixture names) and declarative read-back and table rules.
     */
    static Builder from(SecurityFixtures requests) {
        return new Builder(requests);
    }

    /** Builds {@link SecurityFixtures} from a request function, read-back rules and tables; see {@link #from}. */
    final class Builder {

        private record Rule(Predicate<ApiOperation> applies, String template, String param,
                Function<ApiOperation, String> answerPointer) {
        }

        private final SecurityFixtures requests;
        private final List<Rule> rules = new ArrayList<>();
        private Set<String> tables = Set.of();

        private Builder(SecurityFixtures requests) {
            this.requests = Objects.requireNonNull(requests, "requests");
        }

        /**
         * Operations {@code applies} accepts read back through {@code GET template}, whose path parameter {@code param}
         * is the sent request's or else the text at {@code answerPointer} of the answer (see
         * {@link SecurityFixtures#of}). Rules are tried in the order given; the first that applies decides; an
         * operation no rule applies to has no read-back.
         */
        public Builder readBack(Predicate<ApiOperation> applies, String template, String param, String answerPointer) {
            return readBack(applies, template, param, op -> answerPointer);
        }

        /** As {@link #readBack(Predicate, String, String, String)}, with the answer's pointer depending on the operation. */
        public Builder readBack(Predicate<ApiOperation> applies, String template, String param,
                Function<ApiOperation, String> answerPointer) {
            rules.add(new Rule(Objects.requireNonNull(applies), Objects.requireNonNull(template),
                    Objects.requireNonNull(param), Objects.requireNonNull(answerPointer)));
            return this;
        }

        /** Operations {@code applies} accepts have no read-back (checked in order with the other rules). */
        public Builder noReadBack(Predicate<ApiOperation> applies) {
            rules.add(new Rule(Objects.requireNonNull(applies), null, null, null));
            return this;
        }

        /** See {@link SecurityFixtures#tablesRejectedRequestsMayChange()}. */
        public Builder tablesRejectedRequestsMayChange(String... tables) {
            this.tables = Set.of(tables);
            return this;
        }

        public SecurityFixtures build() {
            List<Rule> readBacks = List.copyOf(rules);
            Set<String> mayChange = tables;
            return new SecurityFixtures() {
                @Override
                public CellRequest request(ApiOperation operation, String fixture, Role caller) {
                    return requests.request(operation, fixture, caller);
                }

                @Override
                public Optional<ReadBack> readBack(ApiOperation operation, CellRequest sent, JsonNode answer) {
                    for (Rule rule : readBacks) {
                        if (rule.applies().test(operation)) {
                            return rule.template() == null ? Optional.empty()
                                    : SecurityFixtures.of(rule.template(), rule.param(), sent, answer,
                                            rule.answerPointer().apply(operation));
                        }
                    }
                    return Optional.empty();
                }

                @Override
                public Set<String> tablesRejectedRequestsMayChange() {
                    return mayChange;
                }

                @Override
                public boolean isFreshBody(String fixture) {
                    return requests.isFreshBody(fixture);
                }
            };
        }
    }
}
