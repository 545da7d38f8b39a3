package org.o2c.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.o2c.testing.auth.TokenIssuer;

/**
 * Behind {@code ./o2c}: one command per run. The script passes the repository root ({@code o2c.root}) and the
 * moment the user asked ({@code o2c.started}, epoch milliseconds).
 */
public final class Main {
    private static final String USAGE = """
            usage: ./o2c up | down | status | token --user NAME --roles ROLE[,ROLE] | logs [service]""";

    private Main() {
    }

    public static void main(String[] args) {
        StackFiles files = new StackFiles(Path.of(System.getProperty("o2c.root", ".")));
        int exitCode;
        try {
            exitCode = run(files, args);
        } catch (IllegalStateException | IllegalArgumentException | IOException | UncheckedIOException e) {
            System.err.println("o2c: " + e.getMessage());
            exitCode = 1;
        } catch (InterruptedException e) {
            System.err.println("o2c: interrupted");
            exitCode = 130;
        }
        // the HTTP and Kafka clients may leave threads behind; the processes we started do not depend on us
        System.exit(exitCode);
    }

    private static int run(StackFiles files, String[] args) throws IOException, InterruptedException {
        String command = args.length == 0 ? "" : args[0];
        List<String> options = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        switch (command) {
            case "up" -> new LocalStack(files, System.out).up(startedAt());
            case "down" -> new LocalStack(files, System.out).down();
            case "status" -> new LocalStack(files, System.out).status();
            case "token" -> {
                return token(files, options);
            }
            default -> {
                System.err.println(USAGE);
                return 2;
            }
        }
        return 0;
    }

    /** Prints the token alone, so that {@code TOKEN=$(./o2c token ...)} works. Valid for 8 hours. */
    private static int token(StackFiles files, List<String> options) throws IOException {
        String user = option(options, "--user");
        String roles = option(options, "--roles");
        String legalEntities = option(options, "--legal-entities");
        int expected = legalEntities == null ? 4 : 6;
        if (user == null || roles == null || options.size() != expected) {
            System.err.println("usage: ./o2c token --user NAME --roles ROLE[,ROLE] [--legal-entities LE[,LE] | *]"
                    + "   e.g. --user alice --roles ar-clerk --legal-entities DE01");
            return 2;
        }
        TokenIssuer issuer = TokenIssuer.loadOrCreate(files.createdKeys());
        System.out.println(issuer.token(user, list(roles), list(legalEntities == null ? "*" : legalEntities),
                Duration.ofHours(8)));
        return 0;
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(r -> !r.isEmpty()).toList();
    }

    private static String option(List<String> options, String name) {
        int at = options.indexOf(name);
        return at >= 0 && at + 1 < options.size() ? options.get(at + 1) : null;
    }

    private static Instant startedAt() {
        String millis = System.getProperty("o2c.started");
        return millis != null && millis.matches("\\d+") ? Instant.ofEpochMilli(Long.parseLong(millis)) : Instant.now();
    }
}
