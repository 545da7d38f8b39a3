package org.o2c.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Where the local stack keeps its files: everything under {@code <repo>/.o2c/} (ignored by git), except a private
 * PostgreSQL cluster that has to live where the unprivileged postgres user can reach it.
 */
final class StackFiles {
    private final Path repositoryRoot;
    private final Path home;
    private final boolean runsAsRoot;

    StackFiles(Path repositoryRoot) {
        this(repositoryRoot, isRoot());
    }

    /** With the user the stack runs as given, so that both cases are tested on any machine. */
    StackFiles(Path repositoryRoot, boolean runsAsRoot) {
        this.repositoryRoot = repositoryRoot.toAbsolutePath().normalize();
        this.home = this.repositoryRoot.resolve(".o2c");
        this.runsAsRoot = runsAsRoot;
    }

    Path repositoryRoot() {
        return repositoryRoot;
    }

    Path run() {
        return home.resolve("run");
    }

    Path logs() {
        return home.resolve("logs");
    }

    Path log(String part) {
        return logs().resolve(part + ".log");
    }

    Path keys() {
        return home.resolve("keys");
    }

    /** The folder of the token signing keys, created readable by the owner only: it holds a private key. */
    Path createdKeys() throws IOException {
        if (!Files.isDirectory(keys())) {
            Files.createDirectories(home);
            Files.createDirectory(keys(), PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
        }
        return keys();
    }

    Path publicKey() {
        return keys().resolve("public.pem");
    }

    Path kafka() {
        return home.resolve("kafka");
    }

    /** The launcher's runtime classpath, copied there at package time; the Kafka broker runs from it too. */
    Path launcherLibraries() {
        return repositoryRoot.resolve("deploy/launcher/target/lib");
    }

    /**
     * The private cluster's data folder. As root the cluster runs as the postgres user, which needs to traverse
     * every folder above its data folder: when the repository sits below a folder others cannot enter (a home
     * folder with mode 700, say), the data goes to /var/tmp instead, named after the repository so that two
     * checkouts do not share a cluster.
     */
    Path privatePostgres() {
        if (runsAsRoot && !reachableByOthers(repositoryRoot)) {
            return Path.of("/var/tmp", "o2c-postgres-" + shortHash(repositoryRoot.toString()));
        }
        return home.resolve("postgres");
    }

    /** Creates .o2c and its folders, open to others so that the postgres user can reach its data folder. */
    void create() throws IOException {
        for (Path dir : List.of(home, run(), logs(), kafka())) {
            Files.createDirectories(dir);
        }
        var perms = Files.getPosixFilePermissions(home);
        perms.add(PosixFilePermission.OTHERS_EXECUTE);
        perms.add(PosixFilePermission.GROUP_EXECUTE);
        Files.setPosixFilePermissions(home, perms);
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static boolean reachableByOthers(Path directory) {
        for (Path p = directory; p != null; p = p.getParent()) {
            try {
                if (!Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    return false;
                }
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return true;
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
