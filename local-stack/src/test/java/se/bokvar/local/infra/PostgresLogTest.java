package se.bokvar.local.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.bokvar.local.stack.PersonalDataScan;

/**
 * PostgreSQL's own log is a file the personal-data scan reads, and it keeps row values out: a unique violation on a
 * personnummer is logged without the DETAIL that would quote it, and the failed statement is not logged.
 */
class PostgresLogTest {

    @Test
    void aConstraintViolationIsLoggedWithoutTheValueOrTheStatement(@TempDir Path dir) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Postgres pg = Postgres.start(dir.resolve("data"), dir.resolve("bin"), port);
        try (Connection c = DriverManager.getConnection(pg.superuserJdbcUrl("postgres"))) {
            try (Statement st = c.createStatement()) {
                st.execute("create table person (personal_identity_number text primary key)");
            }
            // inline, as a careless statement would: neither the value nor the statement may reach the log
            String insert = "insert into person values ('19850315-2384')";
            try (Statement st = c.createStatement()) {
                st.execute(insert);
            }
            assertThatThrownBy(() -> {
                try (Statement st = c.createStatement()) {
                    st.execute(insert);
                }
            }).isInstanceOf(SQLException.class).hasMessageContaining("duplicate key");
            try (PreparedStatement ps = c.prepareStatement("insert into person values (?)")) {
                ps.setString(1, "19850315-2384");
                assertThatThrownBy(ps::executeUpdate).isInstanceOf(SQLException.class);
            }
        } finally {
            pg.close();
        }

        Path log = pg.logFile();
        String text = awaitContains(log, "duplicate key value violates unique constraint");
        assertThat(text).doesNotContain("Key (").doesNotContain("insert into person");
        assertThat(PersonalDataScan.scan(List.of(log))).isEmpty();
    }

    private static String awaitContains(Path log, String expected) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        String text = "";
        while (Instant.now().isBefore(until)) {
            text = Files.isRegularFile(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
            if (text.contains(expected)) {
                return text;
            }
            Thread.sleep(100);
        }
        assertThat(text).as("the server log " + log).contains(expected);
        return text;
    }
}
