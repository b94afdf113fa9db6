package se.bokvar.platform.audit;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import se.bokvar.platform.security.Caller;

/**
 * Writes the append-only audit trail ({@code audit_record}): who read or changed which record, when and why.
 * The runtime database role may only INSERT and SELECT there (see each service's migrations), so a record, once
 * written, stays. Records name cases and persons by id or keyed hash, never by personnummer.
 */
@ApplicationScoped
public class AuditLog {

    static final String INSERT = "insert into audit_record (actor_subject, actor_username, actor_roles, actor_board,"
            + " action, resource_type, resource_ids, purpose) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";

    static final String INSERT_SQL_CLIENT = "insert into audit_record (actor_subject, actor_username, actor_roles,"
            + " actor_board, action, resource_type, resource_ids, purpose) values ($1, $2, $3, $4, $5, $6, $7, $8)";

    /**
     * Appends one record through a reactive SQL connection (a hot read path that uses the Vert.x client directly),
     * in that connection's transaction; the same record as {@link #record(Mutiny.Session, Caller, String, String,
     * Collection, String)}.
     */
    public Uni<Void> record(io.vertx.mutiny.sqlclient.SqlClient client, Caller caller, String action,
            String resourceType, Collection<String> resourceIds, String purpose) {
        io.vertx.mutiny.sqlclient.Tuple values = io.vertx.mutiny.sqlclient.Tuple.tuple()
                .addString(caller.subject() == null ? "anonymous" : caller.subject())
                .addString(caller.username())
                .addString(String.join(",", caller.roles().stream().sorted().toList()))
                .addString(caller.board())
                .addString(action)
                .addString(resourceType)
                .addArrayOfString(List.copyOf(resourceIds).toArray(String[]::new))
                .addString(purpose);
        return client.preparedQuery(INSERT_SQL_CLIENT).execute(values).replaceWithVoid();
    }

    /**
     * Appends one record in the session's transaction.
     *
     * @param action       what was done, e.g. {@code case.read}, {@code inbox.list}
     * @param resourceType {@code case}, {@code person}, {@code consent}, ...
     * @param resourceIds  the ids shown or changed (a listing names every case it showed)
     * @param purpose      the stated purpose, where the API asks for one
     */
    public Uni<Void> record(Mutiny.Session session, Caller caller, String action, String resourceType,
            Collection<String> resourceIds, String purpose) {
        return session.createNativeQuery(INSERT)
                .setParameter(1, caller.subject() == null ? "anonymous" : caller.subject())
                .setParameter(2, caller.username())
                .setParameter(3, String.join(",", caller.roles().stream().sorted().toList()))
                .setParameter(4, caller.board())
                .setParameter(5, action)
                .setParameter(6, resourceType)
                .setParameter(7, List.copyOf(resourceIds).toArray(String[]::new))
                .setParameter(8, purpose)
                .executeUpdate()
                .replaceWithVoid();
    }
}
