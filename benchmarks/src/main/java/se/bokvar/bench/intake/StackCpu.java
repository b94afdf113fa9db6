package se.bokvar.bench.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.bokvar.bench.common.Procs;

/**
 * CPU time used by the stack's processes (Linux {@code /proc}; nothing on other systems), so that a figure taken
 * while other programs share the machine can still say how much CPU one notice costs each part. The services are
 * found by their jar and the HTTP port in their environment, PostgreSQL by its {@code -p} port (the postmaster's own
 * time, its exited children's and its live backends'), Kafka by the listener port in its properties file.
 */
final class StackCpu {

    private static final Path PROC = Path.of("/proc");

    /** A part of the stack and its process ids. */
    record Part(String name, List<Long> pids, boolean withChildren) {
    }

    private final List<Part> parts;
    private final Map<String, Long> maxRssKiB = new java.util.concurrent.ConcurrentHashMap<>();

    private StackCpu(List<Part> parts) {
        this.parts = parts;
    }

    /**
     * Samples the resident set size (VmRSS) of each service and of Kafka now, keeping the highest seen. PostgreSQL is
     * left out: its backends share the buffer pool, so their RSS added up says nothing of its memory.
     */
    void sampleRss() {
        for (Part part : parts) {
            if (part.withChildren()) {
                continue;
            }
            long kib = part.pids().stream().mapToLong(Procs::rssKb).sum();
            maxRssKiB.merge(part.name(), kib, Math::max);
        }
    }

    /** The highest RSS sampled per part, in MiB. */
    Map<String, Double> maxRssMiB() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (Part part : parts) {
            Long kib = maxRssKiB.get(part.name());
            if (kib != null) {
                m.put(part.name(), kib / 1024.0);
            }
        }
        return m;
    }

    List<Part> parts() {
        return parts;
    }

    static StackCpu find(Map<String, Integer> servicePorts, int pgPort, int kafkaPort) {
        List<Part> found = new ArrayList<>();
        if (!Files.isDirectory(PROC)) {
            return new StackCpu(found);
        }
        Map<String, List<Long>> services = new LinkedHashMap<>();
        servicePorts.keySet().forEach(k -> services.put(k, new ArrayList<>()));
        List<Long> postmaster = new ArrayList<>();
        List<Long> kafka = new ArrayList<>();
        try (var dirs = Files.list(PROC)) {
            for (Path p : dirs.filter(d -> d.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                long pid = Long.parseLong(p.getFileName().toString());
                String cmd = read(p.resolve("cmdline")).replace('\0', ' ');
                if (cmd.contains("quarkus-run.jar")) {
                    String env = read(p.resolve("environ"));
                    for (Map.Entry<String, Integer> s : servicePorts.entrySet()) {
                        if (cmd.contains("/" + s.getKey() + "/") && env.contains("\0BOKVAR_HTTP_PORT=" + s.getValue() + "\0")) {
                            services.get(s.getKey()).add(pid);
                        }
                    }
                } else if (cmd.contains("/bin/postgres ") && cmd.contains(" -p " + pgPort + " ")) {
                    postmaster.add(pid);
                } else if (cmd.contains("kafka.Kafka ")) {
                    String[] args = cmd.trim().split(" ");
                    String props = read(Path.of(args[args.length - 1]));
                    if (props.contains(":" + kafkaPort + "\n") || props.contains(":" + kafkaPort + ",")) {
                        kafka.add(pid);
                    }
                }
            }
        } catch (IOException e) {
            return new StackCpu(found);
        }
        services.forEach((name, pids) -> {
            if (!pids.isEmpty()) {
                found.add(new Part(name, pids, false));
            }
        });
        if (!postmaster.isEmpty()) {
            found.add(new Part("postgresql", postmaster, true));
        }
        if (!kafka.isEmpty()) {
            found.add(new Part("kafka", kafka, false));
        }
        return new StackCpu(found);
    }

    /** CPU seconds per part until now. */
    Map<String, Double> snapshot() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (Part part : parts) {
            m.put(part.name(), Procs.cpuSeconds(part.pids(), part.withChildren()));
        }
        return m;
    }

    static Map<String, Double> delta(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> d = new LinkedHashMap<>();
        after.forEach((k, v) -> d.put(k, v - before.getOrDefault(k, 0.0)));
        return d;
    }

    /** CPU milliseconds per notice from CPU seconds used for {@code notices} notices. */
    static Map<String, Double> perNotice(Map<String, Double> cpuSeconds, int notices) {
        Map<String, Double> m = new LinkedHashMap<>();
        cpuSeconds.forEach((k, v) -> m.put(k, notices == 0 ? 0 : v * 1000 / notices));
        return m;
    }

    /** The one-minute load average, or -1 where unknown. */
    static double loadAverage() {
        return Procs.loadAverage();
    }

    private static String read(Path p) {
        try {
            return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
