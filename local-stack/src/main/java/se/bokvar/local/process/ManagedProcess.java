package se.bokvar.local.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A child process of the local stack, with its output in a log file. Stopping it stops its descendants too
 * (e.g. Keycloak's JVM under kc.sh).
 */
public final class ManagedProcess {

    private final String name;
    private final Process process;
    private final Path logFile;

    private ManagedProcess(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
    }

    public static ManagedProcess start(String name, List<String> command, Map<String, String> env, Path workDir,
            Path logFile) throws IOException {
        Files.createDirectories(logFile.getParent());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().putAll(env);
        return new ManagedProcess(name, builder.start(), logFile);
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Process process() {
        return process;
    }

    /** All pids of this process and its descendants (for memory figures). */
    public List<Long> pids() {
        java.util.ArrayList<Long> pids = new java.util.ArrayList<>();
        pids.add(process.pid());
        process.descendants().forEach(p -> pids.add(p.pid()));
        return pids;
    }

    /** Runs to completion (for one-shot tools such as Kafka's storage formatter). */
    public int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            stop(Duration.ofSeconds(5));
            throw new IllegalStateException(name + " did not finish within " + timeout.toSeconds() + " s; see " + logFile);
        }
        return process.exitValue();
    }

    /** SIGTERM to the process and its descendants, then SIGKILL after the grace period. */
    public void stop(Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        descendants.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                kill();
            }
            for (ProcessHandle d : descendants) {
                d.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        } catch (Exception e) {
            kill();
        }
    }

    /** SIGKILL, as a crash would (fault injection). */
    public void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The last lines of the log, for error messages. */
    public String tail(int lines) {
        return LogTail.tail(logFile, lines);
    }
}
