package org.o2c.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With real processes: a pid file only counts while its process is alive and still the one we started. */
class PidFilesTest {
    @TempDir
    Path run;

    @Test
    void aLiveProcessWithTheMarkerIsOursAndStopsOnSigterm() throws IOException {
        Process sleeper = new ProcessBuilder("sleep", "60").start();
        PidFiles pids = new PidFiles(run);
        pids.write("sleeper", sleeper.pid());

        assertTrue(pids.live("sleeper", "sleep").isPresent());
        assertFalse(pids.live("sleeper", "kafka.Kafka").isPresent(), "a reused pid is not ours");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int stopped = pids.stop(Map.of("sleeper", "sleep"), Duration.ofSeconds(5), new PrintStream(out));

        assertEquals(1, stopped);
        assertFalse(sleeper.isAlive());
        assertFalse(Files.exists(run.resolve("sleeper.pid")));
        assertTrue(out.toString().contains("sleeper: stopped"));
    }

    @Test
    void aProcessIgnoringSigtermIsKilledAfterTheGracePeriod() throws IOException, InterruptedException {
        // an ignored signal stays ignored across exec: sleep inherits the trap
        Process stubborn = new ProcessBuilder("bash", "-c", "trap '' TERM; echo trapped; exec sleep 61").start();
        stubborn.getInputStream().read(); // the trap is set once it speaks
        Thread.sleep(200); // and the exec done shortly after
        PidFiles pids = new PidFiles(run);
        pids.write("stubborn", stubborn.pid());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pids.stop(Map.of("stubborn", "sleep 61"), Duration.ofMillis(500), new PrintStream(out));

        assertFalse(stubborn.isAlive());
        assertTrue(out.toString().contains("stubborn: killed"), out.toString());
    }

    @Test
    void aPidFileOfAGoneProcessIsRemovedAndNothingIsStopped() throws IOException, InterruptedException {
        Process done = new ProcessBuilder("true").start();
        done.waitFor();
        PidFiles pids = new PidFiles(run);
        pids.write("done", done.pid());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int stopped = pids.stop(Map.of("done", "true"), Duration.ofSeconds(1), new PrintStream(out));

        assertEquals(0, stopped);
        assertFalse(Files.exists(run.resolve("done.pid")));
    }
}
