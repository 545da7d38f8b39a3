package org.o2c.launcher;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The last lines of a log, to show with an error so that nobody has to go looking first. */
final class LogTail {
    private static final int MAX_BYTES = 16 * 1024;

    private LogTail() {
    }

    static String of(Path log, int lines) {
        // logs are appended to across runs: read only their end
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long start = Math.max(0, file.length() - MAX_BYTES);
            byte[] bytes = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(bytes);
            List<String> all = Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\r?\n"));
            List<String> last = all.subList(Math.max(0, all.size() - lines), all.size());
            return "last lines of " + log + ":\n    " + String.join("\n    ", last);
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }
}
