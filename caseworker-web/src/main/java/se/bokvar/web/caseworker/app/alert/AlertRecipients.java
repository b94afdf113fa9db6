package se.bokvar.web.caseworker.app.alert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import se.bokvar.contracts.v1.DeadlineAlertV1;
import se.bokvar.rules.directory.CaseworkerDirectory;

/**
 * Who receives a deadline alert. The responsible caseworker ({@code assignedTo}) at their address in the caseworker
 * directory; when nobody is named or the caseworker is not in the directory, the functional mailbox of the case's
 * unit (the board's adult unit when the unit is unknown or has none, the central one when the board has none). A
 * BREACHED deadline also goes to the supervisors' mailbox of the case's unit.
 */
public final class AlertRecipients {

    /** What kind of address a recipient is (stored; a metric label). */
    public enum Kind {
        CASEWORKER, UNIT_MAILBOX, SUPERVISOR_MAILBOX
    }

    /** Why the responsible caseworker could not be mailed (a metric label; never who it was). */
    public enum Fallback {
        /** No caseworker is assigned: the unit's mailbox, as intended. */
        UNASSIGNED,
        /** A caseworker is assigned but not in the directory (or without an address). */
        NOT_IN_DIRECTORY
    }

    public record Recipient(String address, Kind kind) {
    }

    /**
     * @param fallback          why the unit's mailbox was used instead of the caseworker, if it was
     * @param noMailboxForUnit  the case's own board and unit have no mailbox row (a wider one was used, or none)
     */
    public record Resolution(List<Recipient> recipients, Optional<Fallback> fallback, boolean noMailboxForUnit) {
    }

    private static final String ADULT = "adult";

    private final CaseworkerDirectory directory;
    private final AlertMailboxes mailboxes;

    public AlertRecipients(CaseworkerDirectory directory, AlertMailboxes mailboxes) {
        this.directory = directory;
        this.mailboxes = mailboxes;
    }

    public Resolution resolve(DeadlineAlertV1 alert) {
        Optional<CaseworkerDirectory.Entry> caseworker = directory.find(alert.assignedTo())
                .filter(e -> e.email() != null && e.email().contains("@"));
        String board = alert.board() == null ? AlertMailboxes.CENTRAL : alert.board();
        String unit = alert.unit() != null ? alert.unit() : caseworker.map(CaseworkerDirectory.Entry::unit).orElse(ADULT);
        Optional<AlertMailboxes.Mailbox> own = mailboxes.of(board, unit);
        Optional<AlertMailboxes.Mailbox> mailbox = own.or(() -> mailboxes.of(board, ADULT))
                .or(() -> mailboxes.of(AlertMailboxes.CENTRAL, ADULT));

        Map<String, Recipient> recipients = new LinkedHashMap<>();
        Optional<Fallback> fallback = Optional.empty();
        if (caseworker.isPresent()) {
            add(recipients, caseworker.get().email(), Kind.CASEWORKER);
        } else {
            fallback = Optional.of(alert.assignedTo() == null || alert.assignedTo().isBlank() ? Fallback.UNASSIGNED
                    : Fallback.NOT_IN_DIRECTORY);
            mailbox.ifPresent(m -> add(recipients, m.mailbox(), Kind.UNIT_MAILBOX));
        }
        if ("BREACHED".equals(alert.alert())) {
            mailbox.ifPresent(m -> add(recipients, m.supervisorMailbox(), Kind.SUPERVISOR_MAILBOX));
        }
        boolean mailboxNeeded = fallback.isPresent() || "BREACHED".equals(alert.alert());
        return new Resolution(new ArrayList<>(recipients.values()), fallback, mailboxNeeded && own.isEmpty());
    }

    /**
     * The addresses whose alerts a user reads in the desk (lower case): their own in the caseworker directory, their
     * unit's functional mailbox and, for a supervisor, the unit's supervisors' mailbox.
     */
    public List<String> addressesOf(String login, String board, String unit, boolean supervisor) {
        List<String> addresses = new ArrayList<>();
        directory.find(login).map(CaseworkerDirectory.Entry::email).filter(e -> e != null && e.contains("@"))
                .ifPresent(e -> addresses.add(e.strip().toLowerCase(Locale.ROOT)));
        if (board != null) {
            mailboxes.of(board, unit == null ? ADULT : unit).or(() -> mailboxes.of(board, ADULT)).ifPresent(m -> {
                addresses.add(m.mailbox().strip().toLowerCase(Locale.ROOT));
                if (supervisor) {
                    addresses.add(m.supervisorMailbox().strip().toLowerCase(Locale.ROOT));
                }
            });
        }
        return List.copyOf(addresses);
    }

    /** One message per address: the first kind wins when a mailbox is also someone's address. */
    private static void add(Map<String, Recipient> recipients, String address, Kind kind) {
        recipients.putIfAbsent(address.strip().toLowerCase(Locale.ROOT), new Recipient(address.strip(), kind));
    }
}
