package se.bokvar.web.caseworker.api;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.IdToken;
import io.quarkus.security.identity.SecurityIdentity;
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

    /** In a web-app, the unqualified token is the access token: board and unit_type are claims of it, not the ID token. */
    @Inject
    JsonWebToken accessToken;

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
        if (!signedIn() || accessToken == null) {
            return null;
        }
        Object value = accessToken.getClaim(name);
        if (value instanceof JsonString text) {
            return text.getString();
        }
        return value == null ? null : value.toString();
    }
}
