package se.bokvar.kronofogden.api;

import se.bokvar.contracts.v1.ChildrenKnownV1;
import se.bokvar.kronofogden.app.eviction.EvictionCaseView;
import se.bokvar.kronofogden.app.eviction.EvictionNoticeCommand;
import se.bokvar.kronofogden.app.eviction.EvictionUpdateCommand;
import se.bokvar.kronofogden.app.eviction.NoticeView;
import se.bokvar.kronofogden.app.eviction.UpdateView;

/** Kronofogden's requests to the app's commands, and the app's views to the responses. */
final class EvictionMapping {

    private EvictionMapping() {
    }

    static EvictionNoticeCommand command(EvictionNoticeRequest r) {
        return new EvictionNoticeCommand(r.kfmCaseNumber(),
                r.tenants().stream().map(t -> new EvictionNoticeCommand.Tenant(t.personalIdentityNumber(), t.name())).toList(),
                new EvictionNoticeCommand.Address(r.address().street(), r.address().postalCode(), r.address().city(),
                        r.address().flatNumber()),
                new EvictionNoticeCommand.Applicant(r.applicant().name(), r.applicant().organisationNumber()),
                r.evictionAt(),
                new EvictionNoticeCommand.Contact(r.kfmContact().name(), r.kfmContact().phone(), r.kfmContact().email()),
                r.childrenKnown() == null ? null : ChildrenKnownV1.valueOf(r.childrenKnown().name()));
    }

    static EvictionUpdateCommand command(EvictionUpdateRequest r) {
        return new EvictionUpdateCommand(r.updateId(), r.kind(), r.evictionAt(), r.comment());
    }

    static NoticeReceipt receipt(NoticeView n) {
        return new NoticeReceipt(n.noticeId(), n.kfmCaseNumber(), n.receivedAt(), n.acknowledgementDueOn(), n.status(),
                n.statusUrl());
    }

    static UpdateReceipt receipt(UpdateView u) {
        return new UpdateReceipt(u.updateId(), u.kfmCaseNumber(), u.kind().name(), u.evictionAt(), u.receivedAt(), u.status());
    }

    static EvictionStatusView status(EvictionCaseView c) {
        NoticeView n = c.notice();
        EvictionCaseView.LatestAcknowledgementView a = c.acknowledgement();
        EvictionStatusView.AcknowledgementView acknowledgement = a == null ? null
                : new EvictionStatusView.AcknowledgementView(a.sequence(), a.status(),
                        new EvictionStatusView.CaseworkerView(a.caseworkerName(), a.caseworkerPhone(), a.caseworkerEmail(),
                                a.caseworkerUnit()),
                        a.basis(), a.attempts(), a.confirmedAt());
        return new EvictionStatusView(n.kfmCaseNumber(), n.noticeId(), n.receivedAt(), c.evictionAt(), n.status(),
                n.acknowledgementDueOn(), acknowledgement, c.updates().stream().map(EvictionMapping::receipt).toList());
    }
}
