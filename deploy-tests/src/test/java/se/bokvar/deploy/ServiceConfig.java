package se.bokvar.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a service actually reads from its environment, computed from its configuration files (the shared
 * {@code platform-commons} defaults and the service's own {@code application.properties}): every
 * {@code ${NAME}} or {@code ${NAME:default}} reference whose name is an environment variable name, and the
 * upper-case keys a service defines as a default for one (such as {@code BOKVAR_DB_NAME=bokvar_intake}).
 */
public final class ServiceConfig {

    /** An environment variable a service reads; {@code defaultValue} is null when it has none (required). */
    public record EnvVar(String name, String defaultValue) {

        public boolean required() {
            return defaultValue == null;
        }

        /** A default that points at the local machine is wrong in a container: it must be set there. */
        public boolean mustBeSetInContainers() {
            return required() || defaultValue.contains("localhost") || defaultValue.contains("127.0.0.1");
        }
    }

    private static final Pattern REFERENCE_NAME = Pattern.compile("[A-Za-z0-9_.\\-]+");
    private static final Pattern ENV_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");
    /**
     * Settings of the container image's start script (run-java.sh) and of the C library under the JVM
     * ({@code MALLOC_ARENA_MAX}), not of the service.
     */
    public static final Pattern IMAGE_VARIABLE = Pattern.compile("JAVA_[A-Z0-9_]+|MALLOC_ARENA_MAX");

    private ServiceConfig() {
    }

    /**
     * The configuration files a service's build holds: {@code platform-commons}' shared defaults when the module
     * depends on platform-commons (directly or through another bokvar module; the caseworkers' desk, for one, does
     * not), and its own {@code application.properties}.
     */
    public static List<Path> files(String service) {
        List<Path> files = new ArrayList<>();
        if (bokvarModules(service, new TreeSet<>()).contains("platform-commons")) {
            files.add(Repo.path("platform-commons/src/main/resources/META-INF/microprofile-config.properties"));
        }
        files.add(Repo.path(service + "/src/main/resources/application.properties"));
        return files;
    }

    private static final Pattern DEPENDENCY = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL);
    private static final Pattern BOKVAR_ARTIFACT = Pattern.compile(
            "<groupId>se\\.bokvar</groupId>\\s*<artifactId>([a-z0-9-]+)</artifactId>");

    /** The bokvar modules {@code module} is built with (runtime dependencies, transitively), from the poms. */
    static Set<String> bokvarModules(String module, Set<String> seen) {
        Path pom = Repo.path(module + "/pom.xml");
        if (!Files.isRegularFile(pom)) {
            return seen;
        }
        Matcher dependency = DEPENDENCY.matcher(Repo.read(pom));
        while (dependency.find()) {
            String d = dependency.group(1);
            Matcher artifact = BOKVAR_ARTIFACT.matcher(d);
            if (artifact.find() && !d.contains("<scope>test</scope>") && !d.contains("<type>pom</type>")
                    && seen.add(artifact.group(1))) {
                bokvarModules(artifact.group(1), seen);
            }
        }
        return seen;
    }

    /** Every environment variable the service reads, by name. */
    public static Map<String, EnvVar> reads(String service) {
        Map<String, String> keyDefaults = new TreeMap<>();
        Map<String, List<String>> references = new TreeMap<>();
        for (Path file : files(service)) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file)) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (String key : p.stringPropertyNames()) {
                if (key.startsWith("%") && !key.startsWith("%prod.")) {
                    continue; // dev and test profiles do not run in containers
                }
                String value = p.getProperty(key);
                if (ENV_NAME.matcher(key).matches()) {
                    keyDefaults.put(key, value);
                }
                for (String[] ref : references(value)) {
                    if (ENV_NAME.matcher(ref[0]).matches()) {
                        references.computeIfAbsent(ref[0], k -> new ArrayList<>()).add(ref[1]);
                    }
                }
            }
        }
        Map<String, EnvVar> vars = new TreeMap<>();
        Set<String> names = new TreeSet<>(references.keySet());
        names.addAll(keyDefaults.keySet());
        for (String name : names) {
            String dflt = keyDefaults.get(name);
            if (dflt == null) {
                List<String> defaults = references.getOrDefault(name, List.of());
                // required if any place reads it without a default
                dflt = defaults.contains(null) ? null : defaults.get(0);
            }
            vars.put(name, new EnvVar(name, dflt));
        }
        return vars;
    }

    /**
     * Every {@code ${NAME}} / {@code ${NAME:default}} in a value as {name, default or null}, including those nested
     * in a default ({@code ${A:${B:x}}} reads A and, when A is not set, B).
     */
    static List<String[]> references(String value) {
        List<String[]> refs = new ArrayList<>();
        int i = value.indexOf("${");
        while (i >= 0) {
            int depth = 0;
            int colon = -1;
            int end = -1;
            for (int j = i + 2; j < value.length() && end < 0; j++) {
                char c = value.charAt(j);
                if (c == '{' && value.charAt(j - 1) == '$') {
                    depth++;
                } else if (c == '}') {
                    if (depth == 0) {
                        end = j;
                    } else {
                        depth--;
                    }
                } else if (c == ':' && depth == 0 && colon < 0) {
                    colon = j;
                }
            }
            if (end < 0) {
                break;
            }
            String name = value.substring(i + 2, colon < 0 ? end : colon);
            String dflt = colon < 0 ? null : value.substring(colon + 1, end);
            if (REFERENCE_NAME.matcher(name).matches()) {
                refs.add(new String[] {name, dflt});
            }
            if (dflt != null) {
                refs.addAll(references(dflt));
            }
            i = value.indexOf("${", end + 1);
        }
        return refs;
    }

    /**
     * What is wrong with an environment given to {@code service} in a container: a variable it must have is
     * missing, or a variable is set that it does not read (a typo, or one it no longer reads).
     */
    public static List<String> problems(String service, Set<String> given, String where) {
        Map<String, EnvVar> reads = reads(service);
        List<String> problems = new ArrayList<>();
        for (EnvVar v : reads.values()) {
            if (v.mustBeSetInContainers() && !given.contains(v.name())) {
                problems.add(where + ": " + service + " reads " + v.name()
                        + (v.required() ? " (no default)" : " (default " + v.defaultValue() + ")")
                        + " but it is not set");
            }
        }
        for (String name : given) {
            if (!reads.containsKey(name) && !IMAGE_VARIABLE.matcher(name).matches()) {
                problems.add(where + ": " + name + " is set for " + service + ", which does not read it (it reads "
                        + reads.keySet() + ")");
            }
        }
        return problems;
    }

    /** Kafka topics a service consumes ({@code mp.messaging.incoming.*.topic}). */
    public static Set<String> consumedTopics(String service) {
        return propertyValues(service, "mp\\.messaging\\.incoming\\.[^.]+\\.topic");
    }

    /** Dead-letter topics a service writes to ({@code ...dead-letter-queue.topic}). */
    public static Set<String> deadLetterTopics(String service) {
        return propertyValues(service, "mp\\.messaging\\.incoming\\.[^.]+\\.dead-letter-queue\\.topic");
    }

    private static Set<String> propertyValues(String service, String keyPattern) {
        Set<String> values = new TreeSet<>();
        Pattern pattern = Pattern.compile(keyPattern);
        for (Path file : files(service)) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file)) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            p.stringPropertyNames().stream().filter(k -> pattern.matcher(k).matches())
                    .forEach(k -> values.add(p.getProperty(k).trim()));
        }
        return values;
    }
}
