package se.bokvar.web.caseworker.app.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.bokvar.contracts.v1.DeadlineAlertV1;
import se.bokvar.rules.directory.CaseworkerDirectory;
import se.bokvar.web.caseworker.app.alert.AlertRecipients.Fallback;
import se.bokvar.web.caseworker.app.alert.AlertRecipients.Kind;
import se.bokvar.web.caseworker.app.alert.AlertRecipients.Recipient;

class AlertRecipientsTest {

    static final CaseworkerDirectory DIRECTORY = new CaseworkerDirectory(List.of(
            new CaseworkerDirectory.Entry("kim", "Kim Test", "000", "kim@work.invalid", "norr", "adult", "Norr, vuxen"),
            new CaseworkerDirectory.Entry("lo", "Lo Test", "000", "lo@work.invalid", "norr", "children", "Norr, barn")));
    static final AlertMailboxes MAILBOXES = new AlertMailboxes(Map.of(
            "norr/adult", new AlertMailboxes.Mailbox("norr.vuxen@work.invalid", "norr.ledning@work.invalid"),
            "norr/children", new AlertMailboxes.Mailbox("norr.barn@work.invalid", "norr.ledning.barn@work.invalid"),
            "syd/adult", new AlertMailboxes.Mailbox("syd.vuxen@work.invalid", "syd.ledning@work.invalid"),
            "central/adult", new AlertMailboxes.Mailbox("jour@work.invalid", "jour.ledning@work.invalid")));
    static final AlertRecipients RECIPIENTS = new AlertRecipients(DIRECTORY, MAILBOXES);

    static DeadlineAlertV1 alert(String kind, String board, String assignedTo, String unit) {
        return new DeadlineAlertV1(UUID.randomUUID(), UUID.randomUUID(), "RECOVERY_PERIOD", kind, LocalDate.of(2026, 12, 11),
                Instant.parse("2026-12-07T08:00:00Z"), board, assignedTo, unit);
    }

    @Test
    void theResponsibleCaseworkerAtTheirAddress() {
        AlertRecipients.Resolution r = RECIPIENTS.resolve(alert("NEAR", "norr", "kim", "adult"));
        assertThat(r.recipients()).containsExactly(new Recipient("kim@work.invalid", Kind.CASEWORKER));
        assertThat(r.fallback()).isEmpty();
        assertThat(r.noMailboxForUnit()).isFalse();
    }

    @Test
    void breachedAlsoGoesToTheSupervisorsOfTheCasesUnit() {
        assertThat(RECIPIENTS.resolve(alert("BREACHED", "norr", "kim", "children")).recipients()).containsExactly(
                new Recipient("kim@work.invalid", Kind.CASEWORKER),
                new Recipient("norr.ledning.barn@work.invalid", Kind.SUPERVISOR_MAILBOX));
    }

    @Test
    void nobodyAssignedMeansTheUnitsMailbox() {
        AlertRecipients.Resolution r = RECIPIENTS.resolve(alert("NEAR", "norr", null, "children"));
        assertThat(r.recipients()).containsExactly(new Recipient("norr.barn@work.invalid", Kind.UNIT_MAILBOX));
        assertThat(r.fallback()).contains(Fallback.UNASSIGNED);
    }

    @Test
    void aCaseworkerNotInTheDirectoryMeansTheUnitsMailboxAndIsCounted() {
        AlertRecipients.Resolution r = RECIPIENTS.resolve(alert("BREACHED", "norr", "gone", "adult"));
        assertThat(r.recipients()).containsExactly(new Recipient("norr.vuxen@work.invalid", Kind.UNIT_MAILBOX),
                new Recipient("norr.ledning@work.invalid", Kind.SUPERVISOR_MAILBOX));
        assertThat(r.fallback()).contains(Fallback.NOT_IN_DIRECTORY);
    }

    @Test
    void withoutTheUnitTheCaseworkersUnitOrTheAdultUnit() {
        assertThat(RECIPIENTS.resolve(alert("BREACHED", "norr", "lo", null)).recipients())
                .contains(new Recipient("norr.ledning.barn@work.invalid", Kind.SUPERVISOR_MAILBOX));
        assertThat(RECIPIENTS.resolve(alert("NEAR", "norr", null, null)).recipients())
                .containsExactly(new Recipient("norr.vuxen@work.invalid", Kind.UNIT_MAILBOX));
    }

    @Test
    void aUnitWithoutAMailboxUsesTheBoardsAdultOneAndABoardWithoutAnyTheCentralOne() {
        AlertRecipients.Resolution children = RECIPIENTS.resolve(alert("NEAR", "syd", null, "children"));
        assertThat(children.recipients()).containsExactly(new Recipient("syd.vuxen@work.invalid", Kind.UNIT_MAILBOX));
        assertThat(children.noMailboxForUnit()).isTrue();
        assertThat(RECIPIENTS.resolve(alert("NEAR", "okänd", null, "adult")).recipients())
                .containsExactly(new Recipient("jour@work.invalid", Kind.UNIT_MAILBOX));
        assertThat(RECIPIENTS.resolve(alert("NEAR", null, null, null)).recipients())
                .containsExactly(new Recipient("jour@work.invalid", Kind.UNIT_MAILBOX));
    }

    @Test
    void withoutAnyMailboxNobodyIsMailedButTheCaseworker() {
        AlertRecipients none = new AlertRecipients(DIRECTORY, new AlertMailboxes(Map.of()));
        assertThat(none.resolve(alert("NEAR", "norr", null, "adult")).recipients()).isEmpty();
        assertThat(none.resolve(alert("BREACHED", "norr", "kim", "adult")).recipients())
                .containsExactly(new Recipient("kim@work.invalid", Kind.CASEWORKER));
    }

    @Test
    void anAddressIsMailedOnceEvenWhenItIsAlsoTheSupervisorsMailbox() {
        AlertRecipients same = new AlertRecipients(DIRECTORY, new AlertMailboxes(Map.of("norr/adult",
                new AlertMailboxes.Mailbox("norr@work.invalid", "NORR@work.invalid"))));
        assertThat(same.resolve(alert("BREACHED", "norr", null, "adult")).recipients())
                .containsExactly(new Recipient("norr@work.invalid", Kind.UNIT_MAILBOX));
    }

    @Test
    void theBundledSampleMailboxesCoverEveryDemoBoard() {
        AlertMailboxes sample = AlertMailboxes.load(AlertMailboxes.SAMPLE);
        for (String board : List.of("nordost", "centrum", "hisingen", "sydvast")) {
            assertThat(sample.of(board, "adult")).as(board).isPresent();
            assertThat(sample.of(board, "children")).as(board).isPresent();
        }
        assertThat(sample.of("central", "adult")).isPresent();
        assertThat(sample.of("central", "children")).isEqualTo(Optional.empty());
    }
}
