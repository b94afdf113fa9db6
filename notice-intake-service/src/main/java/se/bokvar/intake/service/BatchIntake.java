package se.bokvar.intake.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import se.bokvar.intake.NoticeKind;
import se.bokvar.intake.rest.BatchResponse;
import se.bokvar.intake.rest.BatchResponse.ItemResult;
import se.bokvar.platform.problem.JsonProblems;
import se.bokvar.platform.problem.Problem;
import se.bokvar.platform.problem.ProblemMappers;
import se.bokvar.platform.problem.ProblemType;

/**
 * Batch intake for large landlords: every item is read and validated on its own, so one bad item never refuses the
 * others. The valid items are stored together in one transaction (each with its outbox event): either all of them
 * are stored or, if the database fails, none (503; the whole batch can be sent again safely, since items are
 * idempotent through the landlord's reference).
 */
@ApplicationScoped
public class BatchIntake {

    private static final Set<String> ITEM_FIELDS = Set.of("kind", "notice");
    private static final String KINDS = String.join(", ", Arrays.stream(NoticeKind.values()).map(Enum::name).toList());

    private final Mutiny.SessionFactory sessionFactory;
    private final NoticeIntake intake;
    private final ObjectMapper mapper;
    private final Validator validator;
    private final Clock clock;
    private final IntakeMetrics metrics;

    @Inject
    public BatchIntake(Mutiny.SessionFactory sessionFactory, NoticeIntake intake, ObjectMapper mapper, Validator validator,
            Clock clock, IntakeMetrics metrics) {
        this.sessionFactory = sessionFactory;
        this.intake = intake;
        this.mapper = mapper;
        this.validator = validator;
        this.clock = clock;
        this.metrics = metrics;
    }

    private record Parsed(int index, NoticeKind kind, String reference, Object request, Problem problem) {
    }

    public Uni<BatchResponse> receive(String landlordId, List<JsonNode> items) {
        List<Parsed> parsed = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            parsed.add(parse(i, items.get(i)));
        }
        List<Parsed> valid = parsed.stream().filter(p -> p.problem() == null).toList();
        Instant receivedAt = clock.instant();
        Uni<List<NoticeIntake.Stored>> stored = valid.isEmpty() ? Uni.createFrom().item(List.of())
                : Failures.retryOnceOnRace(() -> sessionFactory.withTransaction((session, tx) -> intake.store(session,
                        landlordId, valid.stream().map(p -> new NoticeIntake.Candidate(p.kind(), p.request())).toList(),
                        receivedAt)));
        return stored.map(results -> {
            List<ItemResult> out = new ArrayList<>(items.size());
            Iterator<NoticeIntake.Stored> it = results.iterator();
            int received = 0;
            int already = 0;
            int rejected = 0;
            for (Parsed p : parsed) {
                if (p.problem() != null) {
                    rejected++;
                    out.add(new ItemResult(p.index(), p.kind() == null ? null : p.kind().name(), p.reference(), "INVALID",
                            400, null, p.problem()));
                    continue;
                }
                NoticeIntake.Stored s = it.next();
                switch (s.outcome()) {
                    case RECEIVED -> {
                        received++;
                        metrics.received(s.kind(), IntakeMetrics.Channel.BATCH);
                        out.add(new ItemResult(p.index(), s.kind().name(), s.landlordReference(), "RECEIVED", 201, s.receipt(), null));
                    }
                    case ALREADY_RECEIVED -> {
                        already++;
                        out.add(new ItemResult(p.index(), s.kind().name(), s.landlordReference(), "ALREADY_RECEIVED", 200,
                                s.receipt(), null));
                    }
                    case CONFLICT -> {
                        rejected++;
                        out.add(new ItemResult(p.index(), s.kind().name(), s.landlordReference(), "CONFLICT", 409, null,
                                NoticeIntake.conflict(s)));
                    }
                }
            }
            if (received > 0) {
                intake.nudge();
            }
            return new BatchResponse(received, already, rejected, out);
        });
    }

    private Parsed parse(int index, JsonNode item) {
        if (item == null || !item.isObject()) {
            return invalid(index, null, null, List.of(new Problem.FieldError("body", "must be an object with kind and notice")));
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        item.fieldNames().forEachRemaining(name -> {
            if (!ITEM_FIELDS.contains(name)) {
                errors.add(new Problem.FieldError(name, "unknown field"));
            }
        });
        JsonNode kindNode = item.get("kind");
        Optional<NoticeKind> kind = kindNode != null && kindNode.isTextual() ? NoticeKind.parse(kindNode.asText()) : Optional.empty();
        if (kind.isEmpty()) {
            errors.add(new Problem.FieldError("kind", "must be one of " + KINDS));
        }
        JsonNode noticeNode = item.get("notice");
        String reference = noticeNode != null && noticeNode.path("landlordReference").isTextual()
                ? truncate(noticeNode.path("landlordReference").asText()) : null;
        if (noticeNode == null || !noticeNode.isObject()) {
            errors.add(new Problem.FieldError("notice", "must be an object: the notice of its kind"));
        }
        if (!errors.isEmpty()) {
            return invalid(index, kind.orElse(null), reference, errors);
        }
        Object request;
        try {
            request = mapper.treeToValue(noticeNode, NoticeContent.requestType(kind.get()));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            Problem p = JsonProblems.describe(e);
            List<Problem.FieldError> fieldErrors = p.errors() == null || p.errors().isEmpty()
                    ? List.of(new Problem.FieldError("notice", "is not a valid " + kind.get() + " notice"))
                    : p.errors().stream().map(f -> new Problem.FieldError(prefixed(f.field()), f.message())).toList();
            return invalid(index, kind.get(), reference, fieldErrors);
        }
        if (request == null) {
            return invalid(index, kind.get(), reference, List.of(new Problem.FieldError("notice", "must not be null")));
        }
        Set<ConstraintViolation<Object>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            List<Problem.FieldError> fieldErrors = violations.stream()
                    .map(v -> new Problem.FieldError(prefixed(ProblemMappers.fieldPath(v.getPropertyPath())), v.getMessage()))
                    .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                    .toList();
            return invalid(index, kind.get(), reference, fieldErrors);
        }
        return new Parsed(index, kind.get(), NoticeContent.landlordReference(request).strip(), request, null);
    }

    private static String prefixed(String field) {
        return field == null || field.equals("body") ? "notice" : "notice." + field;
    }

    private static String truncate(String s) {
        return s.length() > 64 ? s.substring(0, 64) : s;
    }

    private static Parsed invalid(int index, NoticeKind kind, String reference, List<Problem.FieldError> errors) {
        String detail = errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid";
        return new Parsed(index, kind, reference, null, Problem.of(ProblemType.VALIDATION, detail, errors));
    }
}
