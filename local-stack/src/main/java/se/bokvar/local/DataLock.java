package se.bokvar.local;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on a data folder for as long as a stack runs on it, so two runs never share (and never
 * "clean up") each other's PostgreSQL and Kafka data. The operating system releases it if the process dies.
 */
final class DataLock {

    private final FileChannel channel;
    private final FileLock lock;

    private DataLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataLock acquire(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            FileChannel channel = FileChannel.open(dataDir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new HeldException();
            }
            return new DataLock(channel, lock);
        } catch (IOException e) {
            throw new IllegalStateException("cannot lock " + dataDir, e);
        }
    }

    void release() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // released with the process anyway
        }
    }

    static final class HeldException extends RuntimeException {
        HeldException() {
            super(null, null, false, false);
        }
    }
}
