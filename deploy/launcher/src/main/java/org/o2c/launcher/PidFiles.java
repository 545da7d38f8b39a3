package org.o2c.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The processes {@code ./o2c up} started, one {@code <name>.pid} file each in {@code .o2c/run}. A pid alone is not
 * proof: after a reboot the number may belong to anything. So a process counts as ours only while its command
 * line still contains a marker of what we started (the service's jar, the broker's server.properties).
 */
final class PidFiles {
    private final Path directory;

    PidFiles(Path directory) {
        this.directory = directory;
    }

    void write(String name, long pid) {
        try {
            Files.createDirectories(directory);
            Files.writeString(file(name), pid + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file(name), e);
        }
    }

    OptionalLong read(String name) {
        try {
            String text = Files.readString(file(name)).trim();
            return text.matches("\\d+") ? OptionalLong.of(Long.parseLong(text)) : OptionalLong.empty();
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    /** The live process the pid file names, if it is still the one we started. */
    Optional<ProcessHandle> live(String name, String marker) {
        OptionalLong pid = read(name);
        if (pid.isEmpty()) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid.getAsLong())
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().map(line -> line.contains(marker)).orElse(false));
    }

    void delete(String name) {
        try {
            Files.deleteIfExists(file(name));
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + file(name), e);
        }
    }

    /**
     * Stops the named processes together: SIGTERM to all, SIGKILL to those still running after the grace period.
     * Deletes their pid files; a pid file whose process is gone or no longer ours is just removed.
     *
     * @param markers marker by name, as for {@link #live}
     * @return how many processes were running
     */
    int stop(Map<String, String> markers, Duration grace, PrintStream out) {
        Map<String, ProcessHandle> running = new LinkedHashMap<>();
        markers.forEach((name, marker) -> {
            Optional<ProcessHandle> process = live(name, marker);
            if (process.isPresent()) {
                running.put(name, process.get());
                process.get().destroy();
            } else if (read(name).isPresent()) {
                out.println(name + ": not running (stale pid file removed)");
                delete(name);
            }
        });
        Instant deadline = Instant.now().plus(grace);
        running.forEach((name, process) -> {
            if (awaitExit(process, deadline)) {
                out.println(name + ": stopped (pid " + process.pid() + ")");
            } else {
                process.destroyForcibly();
                awaitExit(process, Instant.now().plusSeconds(5));
                out.println(name + ": killed after " + grace.toSeconds() + " s (pid " + process.pid() + ")");
            }
            delete(name);
        });
        return running.size();
    }

    private static boolean awaitExit(ProcessHandle process, Instant deadline) {
        while (process.isAlive() && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return !process.isAlive();
            }
        }
        return !process.isAlive();
    }

    private Path file(String name) {
        return directory.resolve(name + ".pid");
    }
}
