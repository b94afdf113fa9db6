package se.bokvar.bench.inbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads case-service's {@code sql/inbox.sql} the way the service's {@code InboxSql} does (sections
 * {@code --- query}, {@code --- filter <name>}): the benchmark EXPLAINs the very text the service runs.
 */
final class InboxSqlText {

    private final Map<String, String> sections = new HashMap<>();

    InboxSqlText(String text) {
        String name = null;
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("--- ")) {
                if (name != null) {
                    sections.put(name, body.toString().stripTrailing());
                }
                name = line.substring(4).strip();
                body.setLength(0);
            } else if (name != null && !line.startsWith("--")) {
                body.append(line).append('\n');
            }
        }
        if (name != null) {
            sections.put(name, body.toString().stripTrailing());
        }
    }

    String awaitingPosition() {
        return sections.get("awaiting-position");
    }

    String query(List<String> filters) {
        StringBuilder f = new StringBuilder();
        for (String filter : filters) {
            f.append(sections.get("filter " + filter).replace("\n", ""));
        }
        return sections.get("query").replace("{filters}", f.toString());
    }
}
