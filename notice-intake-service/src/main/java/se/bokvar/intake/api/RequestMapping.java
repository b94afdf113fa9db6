package se.bokvar.intake.api;

import java.util.List;

import se.bokvar.intake.app.CorrectNotice;
import se.bokvar.intake.app.NoticeForm;
import se.bokvar.intake.app.NoticeView;
import se.bokvar.intake.app.RecordServedDate;
import se.bokvar.intake.app.WithdrawNotice;
import se.bokvar.platform.problem.Problem;
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.platform.problem.ProblemType;
import se.bokvar.rules.deadline.TenureKind;

/** Validated requests to the app's commands, and the app's views to responses. */
final class RequestMapping {

    private static final String ONE_OF = "exactly one of termination, rectification, earlyWarning";

    private RequestMapping() {
    }

    static NoticeForm.Termination form(TerminationNoticeRequest r) {
        return new NoticeForm.Termination(tenure(r.tenure()), r.landlordReference(), tenants(r.tenants()),
                address(r.address()), r.rooms(), r.areaSquareMetres(), r.leaseType(), r.monthlyRent(), r.debtAmount(),
                r.monthsInArrears(), r.servedOn(), r.childrenKnown(), contact(r.contactPerson()));
    }

    static NoticeForm.Rectification form(RectificationNoticeRequest r) {
        return new NoticeForm.Rectification(tenure(r.tenure()), r.landlordReference(), tenants(r.tenants()),
                address(r.address()), r.kind(), r.description(), r.incidentDates(), r.requestServedOn(), r.childrenKnown(),
                contact(r.contactPerson()));
    }

    static NoticeForm.EarlyWarning form(EarlyWarningRequest r) {
        return new NoticeForm.EarlyWarning(tenure(r.tenure()), r.landlordReference(), tenants(r.tenants()),
                address(r.address()), r.reasons(), r.description(), r.debtAmount(), r.childrenKnown(),
                contact(r.contactPerson()));
    }

    /** A validated request of any kind (a batch item). */
    static NoticeForm form(Object request) {
        if (request instanceof TerminationNoticeRequest t) {
            return form(t);
        }
        if (request instanceof RectificationNoticeRequest r) {
            return form(r);
        }
        return form((EarlyWarningRequest) request);
    }

    /** The request class of each kind. */
    static Class<?> requestType(NoticePath kind) {
        return switch (kind) {
            case TERMINATION_UNPAID_RENT -> TerminationNoticeRequest.class;
            case RECTIFICATION_REQUEST -> RectificationNoticeRequest.class;
            case EARLY_WARNING -> EarlyWarningRequest.class;
        };
    }

    /** The corrected notice in exactly one of the fields (400 otherwise). */
    static CorrectNotice.Correction correction(CorrectionRequest request) {
        int given = (request.termination() != null ? 1 : 0) + (request.rectification() != null ? 1 : 0)
                + (request.earlyWarning() != null ? 1 : 0);
        if (given != 1) {
            throw new ProblemException(ProblemType.VALIDATION, given == 0
                    ? "Give the complete corrected notice in the field of its kind."
                    : "Give exactly one corrected notice, in the field of the notice's kind.",
                    List.of(new Problem.FieldError("termination", ONE_OF), new Problem.FieldError("rectification", ONE_OF),
                            new Problem.FieldError("earlyWarning", ONE_OF)));
        }
        NoticeForm notice = request.termination() != null ? form(request.termination())
                : request.rectification() != null ? form(request.rectification()) : form(request.earlyWarning());
        return new CorrectNotice.Correction(request.reason(), notice);
    }

    static RecordServedDate.ServedDate servedDate(ServedDateRequest request) {
        return new RecordServedDate.ServedDate(request.servedOn());
    }

    static WithdrawNotice.Withdrawal withdrawal(WithdrawalRequest request) {
        return new WithdrawNotice.Withdrawal(request.reason(), request.comment());
    }

    static NoticeStatusView view(NoticeView v) {
        return new NoticeStatusView(v.noticeId(), v.kind().name(), v.landlordReference(), v.receivedAt(), v.servedOn(),
                v.recoveryPeriodLastDay(), v.recoveryPeriod(), v.status(), v.handedToCaseManagementAt(), v.withdrawnAt(),
                v.history() == null ? null : v.history().stream().map(h -> new NoticeStatusView.HistoryEntry(h.receiptId(),
                        h.action(), h.receivedAt(), h.reason(), h.comment(), h.servedOn(), h.recoveryPeriodLastDay())).toList());
    }

    private static TenureKind tenure(Tenure tenure) {
        return tenure == null ? null : TenureKind.valueOf(tenure.name());
    }

    private static List<NoticeForm.Tenant> tenants(List<Tenant> tenants) {
        return tenants == null ? null : tenants.stream()
                .map(t -> t == null ? null : new NoticeForm.Tenant(t.personalIdentityNumber(), t.name())).toList();
    }

    private static NoticeForm.Address address(Address a) {
        return a == null ? null : new NoticeForm.Address(a.street(), a.postalCode(), a.city(), a.flatNumber());
    }

    private static NoticeForm.Contact contact(Contact c) {
        return c == null ? null : new NoticeForm.Contact(c.name(), c.phone(), c.email());
    }
}
