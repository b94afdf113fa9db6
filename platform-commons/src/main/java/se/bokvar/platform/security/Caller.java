package se.bokvar.platform.security;

import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, as the access token says: subject, roles and the platform's claims. Built per request by
 * {@link CallerProducer}.
 */
public record Caller(String subject, String username, String displayName, Set<String> roles, String landlordId,
        String board, String unitType) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public Optional<String> landlord() {
        return Optional.ofNullable(landlordId).filter(s -> !s.isBlank());
    }

    public Optional<String> boardId() {
        return Optional.ofNullable(board).filter(s -> !s.isBlank());
    }

    public boolean isChildrenUnit() {
        return "children".equals(unitType);
    }

    public boolean isAdultUnit() {
        return "adult".equals(unitType);
    }

    /** A short description for audit records, without personal data of third parties. */
    public String auditName() {
        return username != null ? username : subject;
    }
}
