package se.bokvar.rules.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.bokvar.rules.casework.StepRules.VisitPurpose;

class StepRulesTest {

    static final EnumSet<StepKind> INVESTIGATIVE = EnumSet.of(StepKind.ACTION_PLAN, StepKind.SUPPORT_DECIDED,
            StepKind.PAYMENT_COMMITMENT);

    @Test
    void investigativeStepsAndIndividualSupportNeedAnOpenedInvestigation() {
        for (StepKind kind : StepKind.values()) {
            assertThat(kind.needsInvestigation()).as(kind.name()).isEqualTo(INVESTIGATIVE.contains(kind));
            for (Stage stage : List.of(Stage.OPENED, Stage.PRE_ASSESSMENT)) {
                List<Violation> v = StepRules.allowedIn(kind, stage);
                if (INVESTIGATIVE.contains(kind)) {
                    assertThat(v).as(kind + " in " + stage).hasSize(1);
                    assertThat(v.get(0).message()).contains("investigation").contains(stage.name());
                }
            }
            if (INVESTIGATIVE.contains(kind)) {
                assertThat(StepRules.allowedIn(kind, Stage.INVESTIGATION)).isEmpty();
                assertThat(StepRules.allowedIn(kind, Stage.SUPPORT)).isEmpty();
            }
        }
    }

    @Test
    void nothingIsRecordedOnAClosedCase() {
        for (StepKind kind : StepKind.values()) {
            List<Violation> v = StepRules.allowedIn(kind, Stage.CLOSED);
            assertThat(v).hasSize(1);
            assertThat(v.get(0).message()).contains("closed");
        }
    }

    @Test
    void anInvestigationOpensOnlyFromThePreAssessment() {
        assertThat(StepRules.allowedIn(StepKind.INVESTIGATION_OPENED, Stage.PRE_ASSESSMENT)).isEmpty();
        assertThat(StepRules.allowedIn(StepKind.INVESTIGATION_OPENED, Stage.OPENED).get(0).message())
                .contains("OPEN_PRE_ASSESSMENT");
        assertThat(StepRules.allowedIn(StepKind.INVESTIGATION_OPENED, Stage.INVESTIGATION).get(0).message())
                .contains("already open");
        assertThat(StepRules.allowedIn(StepKind.INVESTIGATION_OPENED, Stage.SUPPORT)).hasSize(1);
    }

    @Test
    void aFollowUpComesAfterSupport() {
        assertThat(StepRules.allowedIn(StepKind.FOLLOW_UP, Stage.SUPPORT)).isEmpty();
        assertThat(StepRules.allowedIn(StepKind.FOLLOW_UP, Stage.FOLLOW_UP)).isEmpty();
        assertThat(StepRules.allowedIn(StepKind.FOLLOW_UP, Stage.INVESTIGATION)).hasSize(1);
        assertThat(StepRules.allowedIn(StepKind.FOLLOW_UP, Stage.OPENED).get(0).message()).contains("OPENED");
    }

    @Test
    void ordinaryStepsAreAllowedInEveryOpenStage() {
        for (StepKind kind : List.of(StepKind.REGISTER_CHECK, StepKind.KNOWN_TO_OTHER_UNITS, StepKind.TENANT_CONTACT,
                StepKind.LANDLORD_CONTACTED, StepKind.CONTACT_OTHER_ADMINISTRATION, StepKind.CHILDREN_CONVERSATION,
                StepKind.EVICTION_ATTENDANCE, StepKind.INFORM_LANDLORD_PLANNED_SUPPORT)) {
            for (Stage stage : Stage.values()) {
                if (stage.isOpen()) {
                    assertThat(StepRules.allowedIn(kind, stage)).as(kind + " in " + stage).isEmpty();
                }
            }
        }
        assertThatThrownBy(() -> StepRules.allowedIn(null, Stage.OPENED)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> StepRules.allowedIn(StepKind.ACTION_PLAN, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void anInvestigationNeedsTheAdultsAgreement() {
        assertThat(StepRules.investigation(true)).isEmpty();
        assertThat(StepRules.investigation(false)).extracting(Violation::field).containsExactly("adultAgreement");
    }

    @Test
    void anUnannouncedHomeVisitNeedsTwoFailedAttemptsAnAssessmentAndThePurposeToInformAndOfferSupport() {
        assertThat(StepRules.unannouncedHomeVisit(2, "tried twice, no answer", VisitPurpose.INFORM_AND_OFFER_SUPPORT)).isEmpty();
        assertThat(StepRules.unannouncedHomeVisit(5, "a", VisitPurpose.INFORM_AND_OFFER_SUPPORT)).isEmpty();
        List<Violation> oneAttempt = StepRules.unannouncedHomeVisit(1, "a", VisitPurpose.INFORM_AND_OFFER_SUPPORT);
        assertThat(oneAttempt).extracting(Violation::field).containsExactly("method");
        assertThat(oneAttempt.get(0).message()).contains("1 recorded").contains("at least 2");
        assertThat(StepRules.unannouncedHomeVisit(2, " ", VisitPurpose.INFORM_AND_OFFER_SUPPORT))
                .extracting(Violation::field).containsExactly("assessment");
        assertThat(StepRules.unannouncedHomeVisit(2, null, VisitPurpose.INFORM_AND_OFFER_SUPPORT))
                .extracting(Violation::field).containsExactly("assessment");
        assertThat(StepRules.unannouncedHomeVisit(2, "a", VisitPurpose.OTHER))
                .extracting(Violation::field).containsExactly("purpose");
        assertThat(StepRules.unannouncedHomeVisit(2, "a", null)).extracting(Violation::field).containsExactly("purpose");
        assertThat(StepRules.unannouncedHomeVisit(0, null, VisitPurpose.OTHER)).extracting(Violation::field)
                .containsExactly("method", "assessment", "purpose");
    }

    @Test
    void stepsMoveTheCaseOnlyFromTheRightStage() {
        assertThat(StepKind.INVESTIGATION_OPENED.stageAfter(Stage.PRE_ASSESSMENT)).contains(Stage.INVESTIGATION);
        assertThat(StepKind.SUPPORT_DECIDED.stageAfter(Stage.INVESTIGATION)).contains(Stage.SUPPORT);
        assertThat(StepKind.FOLLOW_UP.stageAfter(Stage.SUPPORT)).contains(Stage.FOLLOW_UP);
        for (StepKind kind : StepKind.values()) {
            for (Stage stage : Stage.values()) {
                boolean moves = kind == StepKind.INVESTIGATION_OPENED && stage == Stage.PRE_ASSESSMENT
                        || kind == StepKind.SUPPORT_DECIDED && stage == Stage.INVESTIGATION
                        || kind == StepKind.FOLLOW_UP && stage == Stage.SUPPORT;
                if (!moves) {
                    assertThat(kind.stageAfter(stage)).as(kind + " in " + stage).isEqualTo(Optional.empty());
                }
            }
        }
    }

    @Test
    void aLetterIsNeverPersonalContact() {
        for (ContactMethod m : ContactMethod.values()) {
            assertThat(m.countsAsPersonalContact(false)).isFalse();
            assertThat(m.countsAsPersonalContact(true)).as(m.name()).isEqualTo(m != ContactMethod.LETTER);
        }
    }
}
