package se.bokvar.deploy;

import java.util.ArrayList;
import java.util.List;

import se.bokvar.local.stack.ServiceSpec;

/**
 * What docker-compose.yml and k8s/ deploy, each checked the same way: the four services of the local stack
 * ({@link ServiceSpec#ALL}) and the caseworkers' desk ({@link ServiceSpec#CASEWORKER_WEB}), each with a database of
 * its own. The desk's database is {@code bokvar_web} (roles {@code web_owner}, {@code web_app}).
 */
public final class Deployed {

    /** The desk's database, short name (as {@link ServiceSpec#database()}). */
    static final String DESK_DATABASE = "web";

    /** The caseworkers' desk: its port of the local stack, its database. */
    public static final ServiceSpec DESK = new ServiceSpec(ServiceSpec.CASEWORKER_WEB.name(),
            ServiceSpec.CASEWORKER_WEB.database() != null ? ServiceSpec.CASEWORKER_WEB.database() : DESK_DATABASE,
            ServiceSpec.CASEWORKER_WEB.port());

    /** Every deployed application, by name once. */
    public static final List<ServiceSpec> ALL = all();

    private Deployed() {
    }

    private static List<ServiceSpec> all() {
        List<ServiceSpec> all = new ArrayList<>();
        for (ServiceSpec s : ServiceSpec.ALL) {
            if (!s.name().equals(DESK.name())) {
                all.add(s);
            }
        }
        all.add(DESK);
        return List.copyOf(all);
    }
}
