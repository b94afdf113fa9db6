package se.bokvar.local.stack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The walkthrough {@code ./bokvar up} prints (docs/walkthrough.sh, packaged with the launcher), and the
 * environment that points it at a running stack. The system tests execute exactly this text.
 */
public final class Walkthrough {

    private Walkthrough() {
    }

    public static String script() {
        try (InputStream in = Walkthrough.class.getClassLoader().getResourceAsStream("se/bokvar/local/walkthrough.sh")) {
            if (in == null) {
                throw new IllegalStateException("walkthrough.sh is missing from the build of local-stack");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The variables the walkthrough reads, for a stack on other ports than the defaults. */
    public static Map<String, String> environment(Stack stack) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KEYCLOAK", stack.keycloak().baseUrl());
        env.put("INTAKE", stack.url(ServiceSpec.INTAKE));
        env.put("CASES", stack.url(ServiceSpec.CASES));
        env.put("CONSENT", stack.url(ServiceSpec.CONSENT));
        env.put("ADAPTER", stack.url(ServiceSpec.ADAPTER));
        env.put("KFM_SIMULATOR", stack.url(ServiceSpec.SIMULATOR));
        return env;
    }

    /** {@code export ...} lines for the environment. */
    public static String exports(Stack stack) {
        StringBuilder s = new StringBuilder("export");
        environment(stack).forEach((k, v) -> s.append(' ').append(k).append('=').append(v));
        return s.append('\n').toString();
    }
}
