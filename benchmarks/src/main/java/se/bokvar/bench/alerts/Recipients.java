package se.bokvar.bench.alerts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import se.bokvar.rules.directory.CaseworkerDirectory;
import se.bokvar.rules.directory.Csv;

/**
 * Who must receive an alert, worked out independently of the desk from the same two files it reads (the caseworker
 * directory and the units' mailboxes), by the rule of docs/caseworker-desk.md: the responsible caseworker at their
 * directory address; else (nobody assigned, or not in the directory) the functional mailbox of the case's board and
 * unit (the board's adult unit when the unit has no line, {@code central,adult} when the board has none); a BREACHED
 * deadline also the supervisors' mailbox of that line; one message per address. And the Message-ID each mail must
 * carry: {@code <alertId.hash@bokvar>}, the hash the first 8 bytes of SHA-256 of the lower-cased address.
 */
final class Recipients {

    static final String MAILBOXES_HEADER = "board,unit,mailbox,supervisorMailbox";

    /** A caseworker of the directory. */
    record Caseworker(String userId, String email, String board, String unit) {
    }

    private record Mailbox(String mailbox, String supervisorMailbox) {
    }

    private final Map<String, Caseworker> caseworkers = new LinkedHashMap<>();
    private final Map<String, Mailbox> mailboxes = new HashMap<>();

    Recipients(String directoryLocation, String mailboxesLocation) {
        for (Csv.Line line : Csv.read(directoryLocation, CaseworkerDirectory.HEADER)) {
            List<String> f = line.fields();
            caseworkers.put(f.get(0), new Caseworker(f.get(0), f.get(3), f.get(4), f.get(5)));
        }
        for (Csv.Line line : Csv.read(mailboxesLocation, MAILBOXES_HEADER)) {
            List<String> f = line.fields();
            mailboxes.put(f.get(0) + "/" + f.get(1), new Mailbox(f.get(2), f.get(3)));
        }
    }

    List<Caseworker> caseworkers() {
        return List.copyOf(caseworkers.values());
    }

    int mailboxCount() {
        return mailboxes.size();
    }

    /** The addresses (as written in the files) that must get the alert, in the desk's order. */
    List<String> of(String board, String unit, String assignedTo, String alert) {
        Caseworker cw = assignedTo == null ? null : caseworkers.get(assignedTo);
        if (cw != null && (cw.email() == null || !cw.email().contains("@"))) {
            cw = null;
        }
        String b = board == null ? "central" : board;
        String u = unit != null ? unit : cw != null ? cw.unit() : "adult";
        Mailbox box = mailboxes.get(b + "/" + u);
        if (box == null) {
            box = mailboxes.get(b + "/adult");
        }
        if (box == null) {
            box = mailboxes.get("central/adult");
        }
        Map<String, String> out = new LinkedHashMap<>();
        if (cw != null) {
            out.putIfAbsent(cw.email().strip().toLowerCase(Locale.ROOT), cw.email().strip());
        } else if (box != null) {
            out.putIfAbsent(box.mailbox().strip().toLowerCase(Locale.ROOT), box.mailbox().strip());
        }
        if ("BREACHED".equals(alert) && box != null) {
            out.putIfAbsent(box.supervisorMailbox().strip().toLowerCase(Locale.ROOT), box.supervisorMailbox().strip());
        }
        return new ArrayList<>(out.values());
    }

    /** The Message-ID of the alert's mail to {@code address}, with its angle brackets. */
    static String messageId(UUID alertId, String address) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(address.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return "<" + alertId + "." + HexFormat.of().formatHex(hash, 0, 8) + "@bokvar>";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
