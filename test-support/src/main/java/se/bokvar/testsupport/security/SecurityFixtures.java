package se.bokvar.testsupport.security;

import java.util.Set;

/**
 * What a service's security test knows about its own API: for an operation, a fixture name from its matrix and a
 * caller, the request to send. The fixture makes the cell mean something: the resource exists and belongs to
 * landlord A, or lies on a case of board X with (or without) children, so that a 404 for landlord B or board Y is
 * the access rule at work and not a missing resource.
 * <p>
 * {@link #request} is called once per cell, before the call, so a fixture can make a fresh resource for every cell
 * of an operation that changes state (a withdrawal can only be done once).
 */
public interface SecurityFixtures {

    /**
     * The request for one cell.
     *
     * @param operation the documented operation
     * @param fixture the fixture name of the matrix row
     * @param caller who will send the request (a fixture usually prepares the same request for every caller)
     * @throws IllegalArgumentException for a fixture name it does not know
     */
    CellRequest request(ApiOperation operation, String fixture, Role caller);

    /**
     * Tables that a rejected (4xx) request may legitimately change, besides {@code flyway_schema_history} and
     * {@code processed_event}: e.g. {@code audit_record} when the service audits refused reads.
     */
    default Set<String> tablesRejectedRequestsMayChange() {
        return Set.of();
    }
}
