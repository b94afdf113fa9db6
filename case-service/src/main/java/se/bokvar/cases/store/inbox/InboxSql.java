package se.bokvar.cases.store.inbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inbox's SQL, kept in {@code sql/inbox.sql} (sections {@code --- query}, {@code --- filter <name>},
 * {@code --- awaiting-position}) so the service and the inbox benchmark run the very same text. Plain Java.
 */
public final class InboxSql {

    static final Pattern NAMED = Pattern.compile(":([a-z]+)");

    private final Map<String, String> sections;

    public InboxSql(String text) {
        Map<String, String> map = new LinkedHashMap<>();
        String name = null;
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("--- ")) {
                if (name != null) {
                    map.put(name, body.toString().stripTrailing());
                }
                name = line.substring(4).strip();
                body.setLength(0);
            } else if (name != null && !line.startsWith("--")) {
                body.append(line).append('\n');
            }
        }
        if (name != null) {
            map.put(name, body.toString().stripTrailing());
        }
        this.sections = Map.copyOf(map);
    }

    public static InboxSql fromClasspath() {
        try (InputStream in = InboxSql.class.getResourceAsStream("/sql/inbox.sql")) {
            if (in == null) {
                throw new IllegalStateException("missing /sql/inbox.sql");
            }
            return new InboxSql(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The inbox query with the named filters (e.g. {@code assigned-to-me}, {@code deadline-breached}). */
    public String query(List<String> filters) {
        StringBuilder f = new StringBuilder();
        for (String filter : filters) {
            String clause = sections.get("filter " + filter);
            if (clause == null) {
                throw new IllegalArgumentException("no inbox filter " + filter);
            }
            f.append(clause.replace("\n", ""));
        }
        return sections.get("query").replace("{filters}", f.toString());
    }

    public String awaitingPosition() {
        return sections.get("awaiting-position");
    }

    /**
     * Turns {@code :name} placeholders into {@code ?1, ?2, ...} (the order of first appearance) and returns the
     * SQL and the names in parameter order.
     */
    public static Positional positional(String sql) {
        return positional(sql, "?");
    }

    /** As {@link #positional(String)} with another marker, e.g. {@code $} for the Vert.x PostgreSQL client. */
    public static Positional positional(String sql, String marker) {
        Matcher m = NAMED.matcher(sql);
        List<String> names = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            int index = names.indexOf(name);
            if (index < 0) {
                names.add(name);
                index = names.size() - 1;
            }
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(marker + (index + 1)));
        }
        m.appendTail(out);
        return new Positional(out.toString(), List.copyOf(names));
    }

    public record Positional(String sql, List<String> names) {
    }
}
