package se.bokvar.intake.app;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import se.bokvar.rules.deadline.TenureKind;
import se.bokvar.rules.notice.NoticeKind;

/**
 * A notice as a landlord sends it, validated: one record per kind. Its components mirror the request body of its
 * kind, name for name, so its JSON (and so its fingerprint, stored with the notice) is the request's.
 */
public sealed interface NoticeForm permits NoticeForm.Termination, NoticeForm.Rectification, NoticeForm.EarlyWarning {

    /** The kind (not a component: it must not appear in the JSON). */
    NoticeKind noticeKind();

    TenureKind tenure();

    String landlordReference();

    List<Tenant> tenants();

    Address address();

    ChildrenKnown childrenKnown();

    Contact contactPerson();

    /** A termination for unpaid rent (JB 12:44, BRL 7:23). */
    record Termination(TenureKind tenure, String landlordReference, List<Tenant> tenants, Address address, Integer rooms,
            BigDecimal areaSquareMetres, String leaseType, BigDecimal monthlyRent, BigDecimal debtAmount,
            Integer monthsInArrears, LocalDate servedOn, ChildrenKnown childrenKnown, Contact contactPerson)
            implements NoticeForm {

        @Override
        public NoticeKind noticeKind() {
            return NoticeKind.TERMINATION_UNPAID_RENT;
        }

        /** The same termination with another served date. */
        public Termination withServedOn(LocalDate day) {
            return new Termination(tenure, landlordReference, tenants, address, rooms, areaSquareMetres, leaseType,
                    monthlyRent, debtAmount, monthsInArrears, day, childrenKnown, contactPerson);
        }
    }

    /** A request to rectify a disturbance or a lack of care (JB 12:25, 12:42). */
    record Rectification(TenureKind tenure, String landlordReference, List<Tenant> tenants, Address address,
            RectificationKind kind, String description, List<LocalDate> incidentDates, LocalDate requestServedOn,
            ChildrenKnown childrenKnown, Contact contactPerson) implements NoticeForm {

        @Override
        public NoticeKind noticeKind() {
            return NoticeKind.RECTIFICATION_REQUEST;
        }
    }

    /** An early warning before any formal notice. */
    record EarlyWarning(TenureKind tenure, String landlordReference, List<Tenant> tenants, Address address,
            List<WarningReason> reasons, String description, BigDecimal debtAmount, ChildrenKnown childrenKnown,
            Contact contactPerson) implements NoticeForm {

        @Override
        public NoticeKind noticeKind() {
            return NoticeKind.EARLY_WARNING;
        }
    }

    /** A tenant, as sent (the personnummer is made canonical when the notice is accepted). */
    record Tenant(String personalIdentityNumber, String name) {
    }

    /** The dwelling's address, as sent. */
    record Address(String street, String postalCode, String city, String flatNumber) {
    }

    /** The landlord's contact person, as sent. */
    record Contact(String name, String phone, String email) {
    }
}
