package org.o2c.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void anOrdinaryUsersPrivateClusterLivesInTheRepositoryWhateverTheFoldersAbove() throws IOException {
        Path repository = Files.createDirectories(base.resolve("closed/repo"));
        Files.setPosixFilePermissions(base.resolve("closed"), PosixFilePermissions.fromString("rwx------"));

        assertEquals(repository.resolve(".o2c/postgres"), new StackFiles(repository, false).privatePostgres());
    }

    @Test
    void asRootBelowAClosedFolderThePrivateClusterMovesToVarTmp() throws IOException {
        Path repository = Files.createDirectories(base.resolve("closed/repo"));
        Files.setPosixFilePermissions(base.resolve("closed"), PosixFilePermissions.fromString("rwx------"));

        Path data = new StackFiles(repository, true).privatePostgres();

        assertTrue(data.toString().matches("/var/tmp/o2c-postgres-[0-9a-f]{8}"), data.toString());
        assertEquals(data, new StackFiles(repository, true).privatePostgres(), "the same repository, the same folder");
        Path other = Files.createDirectories(base.resolve("closed/other"));
        assertTrue(!data.equals(new StackFiles(other, true).privatePostgres()), "another checkout, another folder");
    }

    @Test
    void asRootBelowFoldersAllOpenThePrivateClusterStaysInTheRepository() throws IOException {
        // below the file system's root every folder is open to others on any Linux machine
        Path repository = Path.of("/");
        assertEquals(Path.of("/.o2c/postgres"), new StackFiles(repository, true).privatePostgres());
    }
}
