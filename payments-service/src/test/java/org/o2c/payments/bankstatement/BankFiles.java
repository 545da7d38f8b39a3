package org.o2c.payments.bankstatement;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The sample bank files (copied from the shared corpus into {@code bank-files}) and the walk
 * each reader's test makes.
 */
final class BankFiles {
    static final Path FOLDER = Path.of("src/test/resources/bank-files");

    private BankFiles() {
    }

    static byte[] read(String path) {
        try {
            return Files.readAllBytes(FOLDER.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads every file of the folders: one named in {@code refused} must be refused with a reason containing the
     * text given for it; every other one is read and handed to {@code check} with its content. Returns how many
     * were read.
     */
    static int readOrRefuse(List<String> folders, Function<byte[], List<BankStatement>> reader,
                            Map<String, String> refused, BiConsumer<String, ReadFile> check) {
        int read = 0;
        for (String folder : folders) {
            try (Stream<Path> files = Files.list(FOLDER.resolve(folder))) {
                for (Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString();
                    byte[] content = Files.readAllBytes(file);
                    if (refused.containsKey(name)) {
                        assertThatThrownBy(() -> reader.apply(content)).as(name).isInstanceOf(StatementRefused.class)
                                .hasMessageContaining(refused.get(name));
                        continue;
                    }
                    check.accept(folder, new ReadFile(name, content, reader.apply(content)));
                    read++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return read;
    }

    record ReadFile(String name, byte[] content, List<BankStatement> statements) {
    }
}
