package se.bokvar.platform.security;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/** The request's {@link Caller}, read once from the verified access token. */
@RequestScoped
public class CurrentCaller {

    @Inject
    SecurityIdentity identity;

    private Caller caller;

    public Caller get() {
        if (caller == null) {
            caller = read();
        }
        return caller;
    }

    private Caller read() {
        if (identity.isAnonymous()) {
            return new Caller(null, null, null, Set.of(), null, null, null);
        }
        String landlordId = null;
        String board = null;
        String unitType = null;
        String username = identity.getPrincipal().getName();
        String displayName = null;
        String subject = username;
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            subject = jwt.getSubject();
            landlordId = string(jwt.getClaim(Claims.LANDLORD_ID));
            board = string(jwt.getClaim(Claims.BOARD));
            unitType = string(jwt.getClaim(Claims.UNIT_TYPE));
            displayName = string(jwt.getClaim(Claims.NAME));
            String preferred = string(jwt.getClaim("preferred_username"));
            if (preferred != null) {
                username = preferred;
            }
        }
        return new Caller(subject, username, displayName, Set.copyOf(identity.getRoles()), landlordId, board, unitType);
    }

    private static String string(Object claim) {
        if (claim == null) {
            return null;
        }
        if (claim instanceof jakarta.json.JsonString js) {
            return js.getString();
        }
        return claim.toString();
    }
}
