package se.bokvar.bench.intake;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import se.bokvar.bench.inbox.InboxSeed;

/**
 * A full database ({@code --stored N}), before the warm-up: N seeded cases in case-service (the inbox benchmark's
 * seed, {@link InboxSeed}) and N stored notices in the intake ({@link IntakeSeed}), so that the run measures the cost
 * per notice against databases that already hold a history.
 */
final class StoredPhase {

    private StoredPhase() {
    }

    static void run(IntakeOptions o) throws SQLException {
        System.out.printf("%nStored: %,d cases in case-service and %,d notices in the intake before the warm-up%n", o.stored(),
                o.stored());
        long cases;
        long notices;
        try (Connection c = DriverManager.getConnection(o.casesJdbcUrl())) {
            InboxSeed.prepare(c, o.stored(), true, false);
            cases = count(c, "household_case");
        }
        try (Connection c = DriverManager.getConnection(o.intakeJdbcUrl())) {
            IntakeSeed.prepare(c, o.stored());
            notices = count(c, "notice");
        }
        System.out.printf("stored before the run: %,d cases in case-service, %,d notices in the intake%n", cases, notices);
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
