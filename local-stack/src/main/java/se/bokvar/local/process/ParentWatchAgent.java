package se.bokvar.local.process;

/**
 * A tiny Java agent ({@code -javaagent:agent.jar=<pid>}) put on every JVM the local stack starts (Kafka,
 * Keycloak, the services): when the supervising process with that pid is gone, however it ended (Ctrl-C,
 * SIGKILL, a crashed test JVM), the child exits too, so nothing is left running.
 */
public final class ParentWatchAgent {

    private ParentWatchAgent() {
    }

    public static void premain(String args) {
        long pid;
        try {
            pid = Long.parseLong(args == null ? "" : args.trim());
        } catch (NumberFormatException e) {
            System.err.println("[bokvar-watch] no supervisor pid given; not watching");
            return;
        }
        Thread watcher = new Thread(() -> {
            var parent = ProcessHandle.of(pid);
            if (parent.isPresent()) {
                while (parent.get().isAlive()) {
                    try {
                        Thread.sleep(500);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
            System.err.println("[bokvar-watch] supervising process " + pid + " is gone; shutting down");
            Thread halter = new Thread(() -> {
                try {
                    Thread.sleep(30_000);
                } catch (InterruptedException ignored) {
                    // exit below
                }
                Runtime.getRuntime().halt(1);
            }, "bokvar-watch-halt");
            halter.setDaemon(true);
            halter.start();
            System.exit(0);
        }, "bokvar-watch");
        watcher.setDaemon(true);
        watcher.start();
    }
}
