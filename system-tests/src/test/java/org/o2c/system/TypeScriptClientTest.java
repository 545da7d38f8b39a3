package org.o2c.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What a front-end team does with the six specs: generates TypeScript types from each (openapi-typescript) into one
 * project, side by side, and type-checks a sample client against them with strict tsc. The client
 * ({@code src/test/typescript/client.ts}) reads required fields without guards and handles nullable ones, so a
 * field the spec wrongly marks optional or non-null, a missing operationId, or two specs that cannot be imported
 * together fail this test. Needs Node.js 20 and npm (the packages come from the npm registry, pinned by
 * {@code package-lock.json}).
 */
class TypeScriptClientTest {
    private static final Path PROJECT = Path.of("src", "test", "typescript").toAbsolutePath();
    private final Platform platform = Platform.shared();

    @Test
    void aClientGeneratedFromTheSixLiveSpecsTypeChecksStrictly() throws Exception {
        Path generated = Files.createDirectories(PROJECT.resolve("generated"));
        Path specs = Files.createDirectories(Path.of("target", "openapi").toAbsolutePath());
        // HTTP/1.1: the client's default h2c upgrade has been seen to misread a large spec sent back over HTTP/1.1
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (String service : Platform.SERVICES) {
            HttpResponse<String> spec = http.send(HttpRequest.newBuilder(URI.create(platform.url(service)
                    + "/q/openapi?format=json")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(spec.statusCode()).isEqualTo(200);
            Files.writeString(specs.resolve(service + ".json"), spec.body());
        }
        run("npm", "ci", "--no-audit", "--no-fund");
        for (String service : Platform.SERVICES) {
            run("npx", "--no-install", "openapi-typescript", specs.resolve(service + ".json").toString(),
                    "--output", generated.resolve(service + ".ts").toString());
        }
        run("npx", "--no-install", "tsc", "-p", ".");
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("o2c-typescript", ".log");
        Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(PROJECT.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean done = process.waitFor(5, TimeUnit.MINUTES);
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        if (!done) {
            process.destroyForcibly();
        }
        assertThat(done && process.exitValue() == 0).as(String.join(" ", command) + " failed:\n" + output).isTrue();
    }
}
