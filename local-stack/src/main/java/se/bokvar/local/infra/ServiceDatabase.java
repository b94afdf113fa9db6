package se.bokvar.local.infra;

/**
 * A service's own database with its two roles: the owner, which runs the migrations (Flyway), and the runtime
 * role the service queries with, which has only the rights the migrations grant it.
 */
public record ServiceDatabase(String host, int port, String database, String ownerUser, String ownerPassword,
        String appUser, String appPassword) {

    /** The variables a service reads to reach this database (the same docker-compose and Kubernetes set). */
    public java.util.Map<String, String> environment() {
        return java.util.Map.of("BOKVAR_DB_HOST", host, "BOKVAR_DB_PORT", Integer.toString(port), "BOKVAR_DB_NAME", database,
                "BOKVAR_DB_USER", appUser, "BOKVAR_DB_PASSWORD", appPassword, "BOKVAR_DB_OWNER_USER", ownerUser,
                "BOKVAR_DB_OWNER_PASSWORD", ownerPassword);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }
}
