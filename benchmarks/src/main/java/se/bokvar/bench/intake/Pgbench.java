package se.bokvar.bench.intake;

import static se.bokvar.bench.intake.IntakeReport.ms;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.HdrHistogram.Histogram;

/** Runs pgbench twice with the baseline transaction: unthrottled (the ceiling), then at the benchmark's rate. */
final class Pgbench {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+)");

    private final Path binary;
    private final IntakeOptions o;
    private final String payload;

    Pgbench(Path binary, IntakeOptions o, String payload) {
        this.binary = binary;
        this.o = o;
        this.payload = payload;
    }

    Baseline run() throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("bokvar-pgbench");
        Path script = dir.resolve("intake.sql");
        Files.writeString(script, BaselineSql.transaction(payload), StandardCharsets.UTF_8);
        String unthrottled = pgbench(dir, script, List.of());
        Matcher m = TPS.matcher(unthrottled);
        double tps = m.find() ? Double.parseDouble(m.group(1)) : 0;
        System.out.printf("  pgbench, %d clients, %d s, unthrottled: %.0f transactions/s%n", o.concurrency(), o.baselineSeconds(), tps);
        String throttled = pgbench(dir, script, List.of("-R", Long.toString(Math.round(o.rate())), "-l", "--log-prefix",
                dir.resolve("tx").toString()));
        Matcher m2 = TPS.matcher(throttled);
        double rateTps = m2.find() ? Double.parseDouble(m2.group(1)) : 0;
        Histogram h = new Histogram(TimeUnit.MINUTES.toNanos(10), 3);
        try (var files = Files.list(dir)) {
            for (Path log : files.filter(p -> p.getFileName().toString().startsWith("tx")).toList()) {
                for (String line : Files.readAllLines(log)) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length >= 6) {
                        long latencyMicros = Long.parseLong(f[2]);
                        long lagMicros = f.length >= 7 ? Long.parseLong(f[6]) : 0;
                        h.recordValue(TimeUnit.MICROSECONDS.toNanos(latencyMicros + lagMicros));
                    }
                }
            }
        }
        System.out.printf("  pgbench at %.0f/s (-R, open loop; latency includes schedule lag): p50 %s  p95 %s  p99 %s  max %s%n",
                o.rate(), ms(h, 50), ms(h, 95), ms(h, 99),
                ms(h.getMaxValue()));
        return new Baseline("pgbench", tps, h, rateTps);
    }

    private String pgbench(Path dir, Path script, List<String> extra) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(binary.toString(), "-h", "127.0.0.1", "-p", Integer.toString(o.pgPort()),
                "-U", "postgres", "-n", "-f", script.toString(), "-c", Integer.toString(o.concurrency()), "-j", "2",
                "-T", Integer.toString(o.baselineSeconds())));
        cmd.addAll(extra);
        cmd.add("bokvar_bench");
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("pgbench failed:\n" + out);
        }
        return out;
    }
}
