package se.bokvar.web.caseworker.api;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdToken;
import io.quarkus.oidc.runtime.OidcUtils;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.json.JsonObject;
import se.bokvar.web.caseworker.app.Labels;

/** The signed-in user as the desk shows them: name, login, role, board and unit (from the OIDC session's tokens). */
@RequestScoped
public class Viewer {

    /** The roles that may use the desk. */
    public static final String CASEWORKER = "caseworker";
    public static final String SUPERVISOR = "supervisor";
    public static final String AUDITOR = "auditor";

    @Inject
    SecurityIdentity identity;

    @Inject
    @IdToken
    JsonWebToken idToken;

    private JsonObject accessClaims;

    public boolean signedIn() {
        return identity != null && !identity.isAnonymous();
    }

    /** The login (preferred_username). */
    public String login() {
        return signedIn() ? identity.getPrincipal().getName() : null;
    }

    /** The full name from the ID token, else the login. */
    public String name() {
        if (!signedIn()) {
            return null;
        }
        Object name = idToken == null ? null : idToken.getClaim("name");
        return name == null || name.toString().isBlank() ? login() : name.toString();
    }

    public Set<String> roles() {
        return signedIn() ? identity.getRoles() : Set.of();
    }

    public boolean is(String role) {
        return roles().contains(role);
    }

    /** The role that decides the landing page: supervisor, caseworker or auditor (in that order). */
    public String primaryRole() {
        for (String role : List.of(SUPERVISOR, CASEWORKER, AUDITOR)) {
            if (is(role)) {
                return role;
            }
        }
        return null;
    }

    public String board() {
        return claim("board");
    }

    public String unitType() {
        return claim("unit_type");
    }

    /** "handläggare, Nordost, vuxenenheten". */
    public String roleText() {
        String role = primaryRole();
        if (role == null) {
            return null;
        }
        StringBuilder s = new StringBuilder(Labels.appRole(role));
        if (board() != null) {
            s.append(", ").append(Labels.board(board()));
        }
        if (unitType() != null && !AUDITOR.equals(role)) {
            s.append(", ").append(Labels.unit(unitType()));
        }
        return s.toString();
    }

    private String claim(String name) {
        if (!signedIn()) {
            return null;
        }
        if (accessClaims == null) {
            AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
            try {
                accessClaims = token == null ? new JsonObject() : OidcUtils.decodeJwtContent(token.getToken());
            } catch (RuntimeException e) {
                accessClaims = new JsonObject();
            }
            if (accessClaims == null) {
                accessClaims = new JsonObject();
            }
        }
        Object value = accessClaims.getValue(name);
        return value == null ? null : value.toString();
    }
}
