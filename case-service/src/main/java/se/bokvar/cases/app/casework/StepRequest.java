package se.bokvar.cases.app.casework;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.bokvar.platform.validation.ValidPersonalIdentityNumber;
import se.bokvar.rules.casework.ContactMethod;
import se.bokvar.rules.casework.Disclosure.LandlordContact;
import se.bokvar.rules.casework.StepKind;
import se.bokvar.rules.casework.StepRules.VisitPurpose;

/**
 * A checklist step (handbook ch. 6 and 7) with who did it, when, notes, and the fields of its kind. Which fields a
 * kind needs is listed in docs/cases.md; a missing one is named in a 400.
 */
@Schema(name = "Step")
public record StepRequest(
        @Schema(example = "TENANT_CONTACT") @NotNull StepKind kind,
        @Schema(description = "When it was done; default now; not in the future", example = "2026-11-20T10:15:00+01:00")
        OffsetDateTime performedAt,
        @Schema(description = "Who did it (login); default you", example = "anna", maxLength = 64) @Size(max = 64) String performedBy,
        @Schema(maxLength = 4000) @Size(max = 4000) String notes,
        @Schema(description = "Whose consent a disclosure rests on (a member of the household); default the first tenant", maxLength = 13)
        @Size(max = 13) @ValidPersonalIdentityNumber String personalIdentityNumber,
        @Schema(description = "REGISTER_CHECK, TENANT_CONTACT, LANDLORD_CONTACTED: children in the household: LIVES_IN, VISITS (umgängesbarn), NONE, UNKNOWN")
        ChildrenFinding children,
        @Schema(description = "REGISTER_CHECK: is the tenant registered at the address (folkbokförd)") Boolean registeredAtAddress,
        @Schema(description = "REGISTER_CHECK: other adults registered there") @Min(0) @Max(50) Integer otherAdults,
        @Schema(description = "KNOWN_TO_OTHER_UNITS: the units of the administration that know the person") @Size(max = 20)
        List<@Size(max = 100) String> knownToUnits,
        @Schema(description = "CONTACT_OTHER_ADMINISTRATION: elderly-care, disability-support, addiction-care, psychiatry, school, other", maxLength = 64)
        @Size(max = 64) String administration,
        @Schema(description = "LANDLORD_CONTACTED, INFORM_LANDLORD_PLANNED_SUPPORT, PAYMENT_COMMITMENT: the landlord (landlord_id)", maxLength = 64)
        @Size(max = 64) String landlordId,
        @Schema(description = "LANDLORD_CONTACTED: ASK_QUESTIONS (the reporting landlord may be asked without consent; nothing is told) or DISCLOSE_PLANNED_SUPPORT")
        LandlordContact landlordContact,
        @Schema(description = "TENANT_CONTACT: how") ContactMethod method,
        @Schema(description = "TENANT_CONTACT: whether the tenant was reached (a letter never counts as personal contact)") Boolean reached,
        @Schema(description = "TENANT_CONTACT with UNANNOUNCED_HOME_VISIT: the case-by-case assessment", maxLength = 4000)
        @Size(max = 4000) String assessment,
        @Schema(description = "TENANT_CONTACT with UNANNOUNCED_HOME_VISIT: only INFORM_AND_OFFER_SUPPORT") VisitPurpose purpose,
        @Schema(description = "INVESTIGATION_OPENED: the adult agreed (an investigation is not opened against an adult's will)")
        Boolean adultAgreement,
        @Schema(description = "SUPPORT_DECIDED: FINANCIAL_AID_DEBT, REPAYMENT_PLAN_SUPPORT, EVICTION_PREVENTION_TEAM, HOUSING_SUPPORT, HOME_CARE, BUDGET_DEBT_COUNSELLING, SHORT_TERM_CONTRACT_SUPPORT, OTHER")
        SupportKind support,
        @Schema(description = "PAYMENT_COMMITMENT: when the registered letter was sent", example = "2026-11-20T15:30:00+01:00")
        OffsetDateTime sentAt,
        @Schema(description = "PAYMENT_COMMITMENT: the registered letter's reference", example = "RR123456785SE", maxLength = 64)
        @Size(max = 64) String letterReference,
        @Schema(description = "PAYMENT_COMMITMENT: the amount committed, SEK") @DecimalMin("0") @DecimalMax("5000000") BigDecimal amount,
        @Schema(description = "CHILDREN_CONVERSATION: whether the conversation with the parents was held (false: say why in reasonNotHeld)")
        Boolean held,
        @Schema(description = "CHILDREN_CONVERSATION not held, or EVICTION_ATTENDANCE agreed otherwise with Kronofogden: why", maxLength = 2000)
        @Size(max = 2000) String reason,
        @Schema(description = "EVICTION_ATTENDANCE: Kronofogden's case number", maxLength = 64) @Size(max = 64) String kfmCaseNumber,
        @Schema(description = "EVICTION_ATTENDANCE: social services attended") Boolean attended,
        @Schema(description = "EVICTION_ATTENDANCE: the children-and-youth unit attended (required when children are affected)")
        Boolean childrenUnitAttended,
        @Schema(description = "EVICTION_ATTENDANCE: agreed with Kronofogden that social services do not attend (reason required)")
        Boolean agreedOtherwiseWithKronofogden,
        @Schema(description = "FOLLOW_UP: who is contacted (e.g. {\"kind\":\"NAMED_PARTY\",\"id\":\"household\"} or a LANDLORD)")
        @Valid Party party) {

    public enum ChildrenFinding {
        LIVES_IN, VISITS, NONE, UNKNOWN
    }

    public enum SupportKind {
        FINANCIAL_AID_DEBT, REPAYMENT_PLAN_SUPPORT, EVICTION_PREVENTION_TEAM, HOUSING_SUPPORT, HOME_CARE,
        BUDGET_DEBT_COUNSELLING, SHORT_TERM_CONTRACT_SUPPORT, OTHER
    }

    @Schema(name = "StepParty")
    public record Party(@NotNull @Size(max = 32) String kind, @NotNull @Size(max = 64) String id) {
    }
}
