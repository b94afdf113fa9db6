package se.bokvar.cases.app.duty;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.bokvar.contracts.v1.CaseworkerV1;

/**
 * The caseworker directory, kept as data ({@code BOKVAR_CASEWORKER_DIRECTORY}, CSV; by default the bundled SAMPLE):
 * how a caseworker is presented to Kronofogden and the tenant, and which board and unit they work in.
 */
public final class CaseworkerDirectory {

    public static final String HEADER = "userId,name,phone,email,board,unit,unitName";
    public static final String SAMPLE = "classpath:/sample/caseworkers.sample.csv";

    /** One caseworker. */
    public record Entry(String userId, String name, String phone, String email, String board, String unit,
            String unitName) {

        public CaseworkerV1 asContract() {
            return new CaseworkerV1(userId, name, phone, email, unitName);
        }
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

    public int size() {
        return byUser.size();
    }
}
