package se.bokvar.platform.db;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.runtime.StartupEvent;

/**
 * The owner role is needed only while Flyway migrates at start-up: afterwards its connections are closed, so the
 * running service holds connections as its runtime role only.
 */
public class MigrationConnections {

    @Inject
    @DataSource("migrations")
    AgroalDataSource migrations;

    void closeAfterMigrations(@Observes StartupEvent event) {
        migrations.flush(AgroalDataSource.FlushMode.ALL);
    }
}
