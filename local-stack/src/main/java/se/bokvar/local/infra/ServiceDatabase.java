package se.bokvar.local.infra;

/**
 * A service's own database with its two roles: the owner, which runs the migrations (Flyway), and the runtime
 * role the service queries with, which has only the rights the migrations grant it.
 */
public record ServiceDatabase(String host, int port, String database, String ownerUser, String ownerPassword,
        String appUser, String appPassword) {

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }
}
