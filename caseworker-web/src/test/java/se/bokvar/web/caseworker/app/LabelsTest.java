package se.bokvar.web.caseworker.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import se.bokvar.rules.casework.ContactMethod;
import se.bokvar.rules.casework.Outcome;
import se.bokvar.rules.casework.Stage;
import se.bokvar.rules.casework.StepKind;
import se.bokvar.rules.notice.NoticeKind;

/** The Swedish words come from one UTF-8 file, and every code of the rules has one (a new code without a word fails here). */
class LabelsTest {

    @Test
    void everyCodeOfTheRulesHasASwedishWord() {
        Arrays.stream(StepKind.values()).forEach(k -> assertThat(Labels.step(k.name())).as(k.name()).isNotEqualTo(k.name()));
        Arrays.stream(Stage.values()).forEach(s -> assertThat(Labels.status(s.name())).as(s.name()).isNotEqualTo(s.name()));
        Arrays.stream(ContactMethod.values())
                .forEach(m -> assertThat(Labels.contactMethod(m.name())).as(m.name()).isNotEqualTo(m.name()));
        Arrays.stream(Outcome.values()).forEach(o -> assertThat(Labels.outcome(o.name())).as(o.name()).isNotEqualTo(o.name()));
        Arrays.stream(Outcome.AvertedBy.values())
                .forEach(a -> assertThat(Labels.avertedBy(a.name())).as(a.name()).isNotEqualTo(a.name()));
        Arrays.stream(NoticeKind.values())
                .forEach(k -> assertThat(Labels.escalation(k.name())).as(k.name()).isNotEqualTo(k.name()));
    }

    @Test
    void wordsAreReadAsUtf8AndUnknownCodesShowAsTheyAre() {
        assertThat(Labels.status("OPENED")).isEqualTo("Aktualiserat");
        assertThat(Labels.step("CHILDREN_UNIT_ATTENDANCE")).isEqualTo("Barn- och ungdomsenhetens närvaro vid avhysningen");
        assertThat(Labels.deadline("RECOVERY_PERIOD")).isEqualTo("Återvinningsfrist");
        assertThat(Labels.source("landlord")).isEqualTo("Hyresvärd");
        assertThat(Labels.unit("children")).isEqualTo("barn- och ungdomsenheten");
        assertThat(Labels.timeline("SOMETHING_NEW")).isEqualTo("SOMETHING_NEW");
        assertThat(Labels.status(null)).isEmpty();
        assertThat(Labels.board("sydvast")).isEqualTo("Sydväst");
    }
}
