package se.bokvar.local.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Resident set size from /proc (Linux), in MiB. */
public final class ResidentMemory {

    private ResidentMemory() {
    }

    public static long of(List<Long> pids) {
        long kb = 0;
        for (long pid : pids) {
            kb += rssKb(pid);
        }
        return kb / 1024;
    }

    /** A process and all its descendants (PostgreSQL's backends). */
    public static long ofTree(long pid) {
        if (pid <= 0) {
            return 0;
        }
        List<Long> pids = new ArrayList<>();
        pids.add(pid);
        ProcessHandle.of(pid).ifPresent(p -> p.descendants().forEach(d -> pids.add(d.pid())));
        return of(pids);
    }

    static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone or not Linux
        }
        return 0;
    }
}
