package se.bokvar.web.caseworker.app.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class AlertMailTextTest {

    static final UUID CASE = UUID.fromString("0b9c2d4e-1111-4a5b-9c3d-2e4f6a8b0c1d");
    static final AlertMailText TEXT = new AlertMailText("https://desk.example.invalid/");

    @Test
    void everyKindOfDeadlineHasItsSwedishName() {
        assertThat(AlertMailText.deadlineName("RECOVERY_PERIOD")).isEqualTo("återvinningsfrist");
        assertThat(AlertMailText.deadlineName("PRE_ASSESSMENT")).isEqualTo("förhandsbedömning");
        assertThat(AlertMailText.deadlineName("EVICTION")).isEqualTo("avhysning");
        assertThat(AlertMailText.deadlineName("KFM_ACKNOWLEDGEMENT")).isEqualTo("kvittens till Kronofogden");
        assertThat(AlertMailText.deadlineName("SOMETHING_NEW")).isEqualTo("frist");
    }

    @Test
    void aNearDeadlineSaysWhatWhenAndWhereAndNothingElse() {
        AlertMailText.Content c = TEXT.compose("RECOVERY_PERIOD", "NEAR", LocalDate.of(2026, 12, 11), CASE);
        assertThat(c.subject()).isEqualTo("Frist närmar sig: återvinningsfrist, fre 11 dec 2026");
        assertThat(c.text()).contains("närmar sig. Sista dagen är fre 11 dec 2026.").contains("Frist: Återvinningsfrist")
                .contains("https://desk.example.invalid/arenden/" + CASE).contains("Av sekretesskäl")
                .doesNotContain("//arenden");
        assertThat(c.html()).startsWith("<!DOCTYPE html><html lang=\"sv\">")
                .contains("<a href=\"https://desk.example.invalid/arenden/" + CASE + "\">");
    }

    @Test
    void aBreachedDeadlineSaysItHasPassed() {
        AlertMailText.Content c = TEXT.compose("KFM_ACKNOWLEDGEMENT", "BREACHED", LocalDate.of(2026, 12, 7), CASE);
        assertThat(c.subject()).isEqualTo("Frist passerad: kvittens till Kronofogden, mån 7 dec 2026");
        assertThat(c.text()).contains("har passerat. Sista dagen var mån 7 dec 2026.");
    }

    @Test
    void theMessageIdIsStablePerAlertAndRecipientAndHidesTheAddress() {
        UUID alert = UUID.randomUUID();
        String id = AlertMailText.messageId(alert, "kim@work.invalid");
        assertThat(id).isEqualTo(AlertMailText.messageId(alert, " KIM@work.invalid "))
                .isNotEqualTo(AlertMailText.messageId(alert, "lo@work.invalid"))
                .matches("<" + alert + "\\.[0-9a-f]{16}@bokvar>").doesNotContain("kim");
    }
}
