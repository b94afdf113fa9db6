package se.bokvar.rules.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The caseworker directory, kept as data ({@code BOKVAR_CASEWORKER_DIRECTORY}, CSV; by default the bundled SAMPLE):
 * how a caseworker is presented to Kronofogden and the tenant, where their alert e-mails go, and which board and
 * unit they work in. Read by case-service and by the caseworkers' desk (the same file).
 */
public final class CaseworkerDirectory {

    public static final String HEADER = "userId,name,phone,email,board,unit,unitName";
    /** The bundled SAMPLE directory (invented people, for development and demonstration). */
    public static final String SAMPLE = "classpath:/se/bokvar/rules/directory/caseworkers.sample.csv";

    /** One caseworker. */
    public record Entry(String userId, String name, String phone, String email, String board, String unit,
            String unitName) {
    }

    private final Map<String, Entry> byUser;

    public CaseworkerDirectory(List<Entry> entries) {
        Map<String, Entry> map = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (map.put(e.userId(), e) != null) {
                throw new IllegalArgumentException("caseworker directory: " + e.userId() + " is listed twice");
            }
        }
        this.byUser = Map.copyOf(map);
    }

    /** Reads {@code location} ({@code classpath:/path} or a file); a bad line fails naming its number. */
    public static CaseworkerDirectory load(String location) {
        List<Entry> entries = Csv.read(location, HEADER).stream().map(line -> {
            List<String> f = line.fields();
            if (f.size() != 7 || f.stream().anyMatch(String::isEmpty)) {
                throw new IllegalArgumentException(location + " line " + line.number()
                        + ": expected seven non-empty fields: " + HEADER);
            }
            if (!"adult".equals(f.get(5)) && !"children".equals(f.get(5))) {
                throw new IllegalArgumentException(location + " line " + line.number() + ": unit must be adult or children");
            }
            return new Entry(f.get(0), f.get(1), f.get(2), f.get(3), f.get(4), f.get(5), f.get(6));
        }).toList();
        return new CaseworkerDirectory(entries);
    }

    public Optional<Entry> find(String userId) {
        return Optional.ofNullable(userId).map(byUser::get);
    }

    /** Whether {@code userId} is a caseworker of the adult unit of {@code board}. */
    public boolean inAdultUnit(String userId, String board) {
        return find(userId).filter(e -> e.board().equals(board) && "adult".equals(e.unit())).isPresent();
    }

    /** The caseworkers of {@code board}'s adult unit (in no particular order). */
    public List<Entry> adultUnitOf(String board) {
        return byUser.values().stream().filter(e -> e.board().equals(board) && "adult".equals(e.unit())).toList();
    }

    public int size() {
        return byUser.size();
    }
}
