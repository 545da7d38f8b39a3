package org.o2c.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackFilesTest {
    @TempDir
    Path base;

    @Test
    void thePrivateClusterLivesInTheRepositoryWhenEveryFolderAboveIsOpen() throws IOException {
        Path repository = Files.createDirectories(base.resolve("open/repo"));
        Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(base.resolve("open"), PosixFilePermissions.fromString("rwxr-xr-x"));
        assumeTrue(opensToOthers(base.getParent()), "the temporary folder itself is closed to others");

        assertEquals(repository.resolve(".o2c/postgres"), new StackFiles(repository).privatePostgres());
    }

    @Test
    void asRootBelowAClosedFolderThePrivateClusterMovesToVarTmp() throws IOException {
        assumeTrue(StackFiles.isRoot(), "only root runs the cluster as another user");
        Path repository = Files.createDirectories(base.resolve("closed/repo"));
        Files.setPosixFilePermissions(base.resolve("closed"), PosixFilePermissions.fromString("rwx------"));

        Path data = new StackFiles(repository).privatePostgres();

        assertTrue(data.toString().matches("/var/tmp/o2c-postgres-[0-9a-f]{8}"), data.toString());
        assertEquals(data, new StackFiles(repository).privatePostgres(), "the same repository, the same folder");
    }

    private static boolean opensToOthers(Path directory) throws IOException {
        for (Path p = directory; p != null; p = p.getParent()) {
            if (!Files.getPosixFilePermissions(p).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE)) {
                return false;
            }
        }
        return true;
    }
}
