package se.bokvar.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Chromium and its WebDriver for the browser tests. The README's test command stays one command on a fresh
 * machine: when they are missing and the tests run as root, they are installed with apt-get (Debian's packages
 * {@code chromium} and {@code chromium-driver}); otherwise the test fails with a message naming the packages. A
 * browser test is never skipped.
 */
final class Chromium {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final List<String> PACKAGES = List.of("chromium", "chromium-driver");

    private Chromium() {
    }

    /** Installs Chromium and ChromeDriver if missing, or throws saying what to install. */
    static synchronized void ensureInstalled() throws IOException, InterruptedException {
        if (installed()) {
            return;
        }
        String missing = "The browser tests need Debian's " + String.join(" and ", PACKAGES) + " (" + BROWSER + ", "
                + DRIVER + "): run apt-get install -y " + String.join(" ", PACKAGES) + " as root";
        if (!"root".equals(System.getProperty("user.name")) || !Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
            throw new IllegalStateException(missing);
        }
        System.out.println("Installing " + PACKAGES + " with apt-get for the browser tests ...");
        run(List.of("apt-get", "update", "-q"));
        run(List.of("apt-get", "install", "-y", "-q", "--no-install-recommends", PACKAGES.get(0), PACKAGES.get(1)));
        if (!installed()) {
            throw new IllegalStateException("apt-get ran but " + BROWSER + " or " + DRIVER + " is still missing. " + missing);
        }
    }

    static boolean installed() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
        Process process = builder.start();
        if (!process.waitFor(15, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish within 15 minutes");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed with exit code " + process.exitValue());
        }
    }
}
