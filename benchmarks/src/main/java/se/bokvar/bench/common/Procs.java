package se.bokvar.bench.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What Linux's {@code /proc} says about the stack's processes (nothing on other systems): a service found by its jar
 * and the HTTP port in its environment (as the intake benchmark finds them), PostgreSQL by its {@code -p} port, their
 * CPU time, resident memory ({@code VmRSS}) and environment, and the load average.
 */
public final class Procs {

    private static final Path PROC = Path.of("/proc");
    private static final long HZ = 100; // USER_HZ on Linux

    private Procs() {
    }

    /** The one-minute load average, or -1 where unknown. */
    public static double loadAverage() {
        String s = read(PROC.resolve("loadavg"));
        try {
            return s.isBlank() ? -1 : Double.parseDouble(s.split(" ")[0]);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The JVMs running {@code <module>/…/quarkus-run.jar} with {@code BOKVAR_HTTP_PORT=port} in their environment. */
    public static List<Long> service(String module, int httpPort) {
        List<Long> found = new ArrayList<>();
        for (long pid : pids()) {
            String cmd = read(PROC.resolve(pid + "/cmdline")).replace('\0', ' ');
            if (cmd.contains("quarkus-run.jar") && cmd.contains("/" + module + "/")
                    && read(PROC.resolve(pid + "/environ")).contains("\0BOKVAR_HTTP_PORT=" + httpPort + "\0")) {
                found.add(pid);
            }
        }
        return found;
    }

    /** PostgreSQL's postmaster listening on {@code port}. */
    public static List<Long> postgres(int port) {
        List<Long> found = new ArrayList<>();
        for (long pid : pids()) {
            String cmd = read(PROC.resolve(pid + "/cmdline")).replace('\0', ' ');
            if (cmd.contains("/bin/postgres ") && cmd.contains(" -p " + port + " ")) {
                found.add(pid);
            }
        }
        return found;
    }

    /**
     * CPU seconds (user + system) the processes used so far; {@code withChildren}: also their live children and the
     * children they reaped (PostgreSQL's backends).
     */
    public static double cpuSeconds(List<Long> pids, boolean withChildren) {
        double seconds = 0;
        for (long pid : pids) {
            seconds += cpu(pid, withChildren);
            if (withChildren) {
                for (long child : children(pid)) {
                    seconds += cpu(child, false);
                }
            }
        }
        return seconds;
    }

    /** Resident set size ({@code VmRSS}) in KiB, 0 when gone. */
    public static long rssKb(long pid) {
        for (String line : read(PROC.resolve(pid + "/status")).split("\n")) {
            if (line.startsWith("VmRSS:")) {
                try {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 0;
    }

    /** The process's environment (readable for our own user's processes). */
    public static Map<String, String> environment(long pid) {
        Map<String, String> env = new HashMap<>();
        for (String entry : read(PROC.resolve(pid + "/environ")).split("\0")) {
            int eq = entry.indexOf('=');
            if (eq > 0) {
                env.put(entry.substring(0, eq), entry.substring(eq + 1));
            }
        }
        return env;
    }

    private static List<Long> pids() {
        List<Long> out = new ArrayList<>();
        if (!Files.isDirectory(PROC)) {
            return out;
        }
        try (var dirs = Files.list(PROC)) {
            dirs.map(d -> d.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit))
                    .forEach(n -> out.add(Long.parseLong(n)));
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return out;
    }

    private static double cpu(long pid, boolean withReapedChildren) {
        String stat = read(PROC.resolve(pid + "/stat"));
        int close = stat.lastIndexOf(')');
        if (close < 0) {
            return 0;
        }
        String[] f = stat.substring(close + 2).split(" ");
        // after the command: state(0) ppid(1) ... utime(11) stime(12) cutime(13) cstime(14)
        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
        if (withReapedChildren) {
            ticks += Long.parseLong(f[13]) + Long.parseLong(f[14]);
        }
        return ticks / (double) HZ;
    }

    private static List<Long> children(long pid) {
        List<Long> out = new ArrayList<>();
        try (var tasks = Files.list(PROC.resolve(pid + "/task"))) {
            for (Path t : tasks.toList()) {
                String c = read(t.resolve("children")).trim();
                if (!c.isEmpty()) {
                    for (String s : c.split(" ")) {
                        out.add(Long.parseLong(s));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone
        }
        return out;
    }

    private static String read(Path p) {
        try {
            return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
