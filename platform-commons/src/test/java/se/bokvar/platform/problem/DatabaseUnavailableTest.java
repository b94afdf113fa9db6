package se.bokvar.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

class DatabaseUnavailableTest {

    @Test
    void connectionFailuresAnywhereInTheCauseChainMeanUnavailable() {
        assertThat(DatabaseUnavailable.is(new CompletionException(new RuntimeException(new ConnectException("refused"))))).isTrue();
        assertThat(DatabaseUnavailable.is(new RuntimeException(ClosedConnectionException.INSTANCE))).isTrue();
        assertThat(DatabaseUnavailable.is(new PgException("terminating connection due to administrator command", "FATAL", "57P01", null))).isTrue();
        assertThat(DatabaseUnavailable.is(new PgException("the database system is starting up", "FATAL", "57P03", null))).isTrue();
        assertThat(DatabaseUnavailable.is(new PgException("connection failure", "FATAL", "08006", null))).isTrue();
        // PostgreSQL killed (SIGKILL): its connections are reset without a FATAL message first
        assertThat(DatabaseUnavailable.is(new CompletionException(new java.net.SocketException("Connection reset")))).isTrue();
        assertThat(DatabaseUnavailable.is(new RuntimeException(new java.nio.channels.ClosedChannelException()))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(DatabaseUnavailable.is(new PgException("duplicate key", "ERROR", "23505", null))).isFalse();
        assertThat(DatabaseUnavailable.is(new PgException("syntax error", "ERROR", "42601", null))).isFalse();
        assertThat(DatabaseUnavailable.is(new IllegalStateException("bug"))).isFalse();
        // a client's broken JSON is an IOException too, and never "the database is unavailable"
        assertThat(DatabaseUnavailable.is(new com.fasterxml.jackson.core.JsonParseException(null, "broken"))).isFalse();
        assertThat(DatabaseUnavailable.is(null)).isFalse();
        RuntimeException loop = new RuntimeException();
        RuntimeException other = new RuntimeException(loop);
        loop.initCause(other);
        assertThat(DatabaseUnavailable.is(loop)).isFalse();
    }
}
