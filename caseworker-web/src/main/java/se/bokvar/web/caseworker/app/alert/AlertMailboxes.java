package se.bokvar.web.caseworker.app.alert;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.bokvar.rules.directory.Csv;

/**
 * The functional mailboxes (funktionsbrevlådor) per board and unit, and each one's supervisors' mailbox, kept as
 * data ({@code BOKVAR_ALERT_MAILBOXES}, CSV {@value #HEADER}; by default the bundled SAMPLE). The board
 * {@code central} takes the alerts of cases no board covers.
 */
public final class AlertMailboxes {

    public static final String HEADER = "board,unit,mailbox,supervisorMailbox";
    public static final String SAMPLE = "classpath:/sample/alert-mailboxes.sample.csv";
    public static final String CENTRAL = "central";

    /** A unit's mailbox and its supervisors' mailbox. */
    public record Mailbox(String mailbox, String supervisorMailbox) {
    }

    private final Map<String, Mailbox> byBoardAndUnit;

    public AlertMailboxes(Map<String, Mailbox> byBoardAndUnit) {
        this.byBoardAndUnit = Map.copyOf(byBoardAndUnit);
    }

    /** Reads {@code location} ({@code classpath:/path} or a file); a bad line fails naming its number. */
    public static AlertMailboxes load(String location) {
        Map<String, Mailbox> map = new HashMap<>();
        for (Csv.Line line : Csv.read(location, HEADER)) {
            List<String> f = line.fields();
            if (f.size() != 4 || f.stream().anyMatch(String::isEmpty)) {
                throw new IllegalArgumentException(location + " line " + line.number()
                        + ": expected four non-empty fields: " + HEADER);
            }
            if (!"adult".equals(f.get(1)) && !"children".equals(f.get(1))) {
                throw new IllegalArgumentException(location + " line " + line.number() + ": unit must be adult or children");
            }
            if (!f.get(2).contains("@") || !f.get(3).contains("@")) {
                throw new IllegalArgumentException(location + " line " + line.number() + ": not an e-mail address");
            }
            if (map.put(key(f.get(0), f.get(1)), new Mailbox(f.get(2), f.get(3))) != null) {
                throw new IllegalArgumentException(location + " line " + line.number() + ": board and unit listed twice");
            }
        }
        return new AlertMailboxes(map);
    }

    public Optional<Mailbox> of(String board, String unit) {
        return Optional.ofNullable(byBoardAndUnit.get(key(board, unit)));
    }

    public int size() {
        return byBoardAndUnit.size();
    }

    private static String key(String board, String unit) {
        return board + "/" + unit;
    }
}
