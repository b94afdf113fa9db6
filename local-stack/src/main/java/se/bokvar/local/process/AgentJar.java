package se.bokvar.local.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Writes the {@link ParentWatchAgent} as a standalone agent jar, wherever this class was loaded from. */
public final class AgentJar {

    private AgentJar() {
    }

    /** Returns the agent jar in {@code dir}, writing it if needed. */
    public static synchronized Path ensure(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path jar = dir.resolve("bokvar-watch-agent.jar");
        if (Files.exists(jar)) {
            return jar;
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(new Attributes.Name("Premain-Class"), ParentWatchAgent.class.getName());
        String entry = ParentWatchAgent.class.getName().replace('.', '/') + ".class";
        Path tmp = Files.createTempFile(dir, "agent", ".jar");
        try (OutputStream out = Files.newOutputStream(tmp);
                JarOutputStream jarOut = new JarOutputStream(out, manifest);
                InputStream in = ParentWatchAgent.class.getClassLoader().getResourceAsStream(entry)) {
            if (in == null) {
                throw new IOException("cannot read " + entry);
            }
            jarOut.putNextEntry(new JarEntry(entry));
            in.transferTo(jarOut);
            jarOut.closeEntry();
        }
        Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return jar;
    }

    /** The JVM option that makes a child exit when this process is gone. */
    public static String jvmOption(Path agentJar) {
        return "-javaagent:" + agentJar.toAbsolutePath() + "=" + ProcessHandle.current().pid();
    }
}
