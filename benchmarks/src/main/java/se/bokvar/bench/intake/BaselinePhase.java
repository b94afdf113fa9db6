package se.bokvar.bench.intake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

/**
 * Baseline: the intake's transaction without the service (INSERT notice + INSERT outbox row) with pgbench on the same
 * PostgreSQL server and the same number of clients (a JDBC loop when pgbench is missing).
 */
final class BaselinePhase {

    private BaselinePhase() {
    }

    /** The same transaction without the service: a notice row and an outbox row, on the same server. */
    static Baseline run(IntakeOptions o, String sampleNotice) throws Exception {
        String superuser = "jdbc:postgresql://127.0.0.1:" + o.pgPort() + "/postgres?user=postgres";
        try (Connection c = DriverManager.getConnection(superuser); var s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = 'bokvar_bench'")) {
                if (!rs.next()) {
                    s.execute("create database bokvar_bench");
                }
            }
        }
        String benchUrl = "jdbc:postgresql://127.0.0.1:" + o.pgPort() + "/bokvar_bench?user=postgres";
        try (Connection c = DriverManager.getConnection(benchUrl); var s = c.createStatement()) {
            s.execute(BaselineSql.SCHEMA);
        }
        String payload = BaselineSql.payload(sampleNotice);
        Path pgbench = Path.of("/usr/bin/pgbench");
        System.out.printf("%nBaseline: the intake's transaction without the service (INSERT notice + INSERT outbox row, same"
                + " columns and indexes), database bokvar_bench on the same server; load %.1f%n", StackCpu.loadAverage());
        if (Files.isExecutable(pgbench)) {
            return new Pgbench(pgbench, o, payload).run();
        }
        System.out.println("  pgbench not found: JDBC baseline instead (apt-get install postgresql-client for pgbench)");
        return new JdbcBaseline(benchUrl, o, payload).run();
    }
}
