package se.bokvar.intake.api;

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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.bokvar.intake.api.BatchResponse.ItemResult;
import se.bokvar.intake.app.NoticeForm;
import se.bokvar.intake.app.NoticeWriter;
import se.bokvar.platform.problem.JsonProblems;
import se.bokvar.platform.problem.Problem;
import se.bokvar.platform.problem.ProblemMappers;
import se.bokvar.platform.problem.ProblemType;

/**
 * The batch's items in and out: every item is read and validated on its own, so one bad item never refuses the
 * others; the answer lists every item's result in the order sent.
 */
@ApplicationScoped
public class BatchMapping {

    /** One item as read: a valid notice form, or why it is invalid. */
    record Item(int index, NoticePath kind, String reference, NoticeForm form, Problem problem) {
    }

    private static final Set<String> ITEM_FIELDS = Set.of("kind", "notice");
    private static final String KINDS = String.join(", ", Arrays.stream(NoticePath.values()).map(Enum::name).toList());

    private final ObjectMapper mapper;
    private final Validator validator;

    @Inject
    public BatchMapping(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    List<Item> read(List<JsonNode> items) {
        List<Item> read = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            read.add(read(i, items.get(i)));
        }
        return read;
    }

    static List<NoticeForm> valid(List<Item> items) {
        return items.stream().filter(p -> p.problem() == null).map(Item::form).toList();
    }

    /** The answer: {@code stored} holds one result per valid item, in order. */
    static BatchResponse answer(List<Item> items, List<NoticeWriter.Stored> stored) {
        List<ItemResult> out = new ArrayList<>(items.size());
        Iterator<NoticeWriter.Stored> it = stored.iterator();
        int received = 0;
        int already = 0;
        int rejected = 0;
        for (Item p : items) {
            if (p.problem() != null) {
                rejected++;
                out.add(new ItemResult(p.index(), p.kind() == null ? null : p.kind().name(), p.reference(), "INVALID",
                        400, null, p.problem()));
                continue;
            }
            NoticeWriter.Stored s = it.next();
            switch (s.outcome()) {
                case RECEIVED -> {
                    received++;
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
                            NoticeWriter.conflict(s)));
                }
                case HOUSEHOLD_BOUND -> {
                    rejected++;
                    out.add(new ItemResult(p.index(), s.kind().name(), s.landlordReference(), "TOO_MANY_FOR_HOUSEHOLD",
                            429, null, NoticeWriter.householdBound(s)));
                }
            }
        }
        return new BatchResponse(received, already, rejected, out);
    }

    private Item read(int index, JsonNode item) {
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
        Optional<NoticePath> kind = kindNode != null && kindNode.isTextual() ? NoticePath.parse(kindNode.asText()) : Optional.empty();
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
            request = mapper.treeToValue(noticeNode, RequestMapping.requestType(kind.get()));
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
        NoticeForm form = RequestMapping.form(request);
        return new Item(index, kind.get(), form.landlordReference().strip(), form, null);
    }

    private static String prefixed(String field) {
        return field == null || field.equals("body") ? "notice" : "notice." + field;
    }

    private static String truncate(String s) {
        return s.length() > 64 ? s.substring(0, 64) : s;
    }

    private static Item invalid(int index, NoticePath kind, String reference, List<Problem.FieldError> errors) {
        String detail = errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid";
        return new Item(index, kind, reference, null, Problem.of(ProblemType.VALIDATION, detail, errors));
    }
}
