package org.o2c.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Behind {@code ./o2c bench [issue|aging|ledger|replay|cashapp] [--option value ...]}: uses the running local
 * stack or starts one, runs the scenario, prints its table and writes the same figures to
 * {@code benchmarks/results/}.
 */
public final class Bench {
    private static final String USAGE = """
            usage: ./o2c bench issue|aging|ledger|replay|cashapp [--option value ...]   (see benchmarks/README.md)""";

    private Bench() {
    }

    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("o2c.root", ".")).toAbsolutePath().normalize();
        PrintStream out = System.out;
        int exitCode = 0;
        if (args.length == 0 || !List.of("issue", "aging", "ledger", "replay", "cashapp").contains(args[0])) {
            System.err.println(USAGE);
            System.exit(2);
        }
        String scenario = args[0];
        Options options = new Options(Arrays.asList(args).subList(1, args.length));
        Report report = new Report(scenario);
        Stack stack = null;
        try {
            boolean keep = options.flag("keep-stack", false);
            describeEnvironment(report, root);
            boolean fresh = options.flag("fresh", false);
            stack = Stack.useOrStart(root, out, fresh);
            Stack started = stack;
            // an interrupted run (Ctrl-C) stops what it started, as a finished one does
            Runtime.getRuntime().addShutdownHook(new Thread(started::release, "release-stack"));
            switch (scenario) {
                case "issue" -> new IssueScenario(stack, out, report).run(options);
                case "aging" -> new AgingScenario(stack, out, report).run(options);
                case "ledger" -> new LedgerScenario(stack, out, report).run(options);
                case "cashapp" -> new CashAppScenario(stack, out, report).run(options);
                default -> new ReplayScenario(stack, out, report).run(options);
            }
            report.environment("stack", stack.startedHere() ? "started by this run" : "already running");
            report.parameters(options.used());
            report.print(out);
            Path written = report.write(root.resolve("benchmarks/results"));
            out.println("bench: figures written to " + root.relativize(written));
            if (keep && stack.startedHere()) {
                out.println("bench: --keep-stack: the stack stays running; ./o2c down stops it");
                stack.keep();
            }
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.err.println(USAGE);
            exitCode = 2;
        } catch (Exception e) {
            System.err.println("bench: " + scenario + " failed: " + e);
            e.printStackTrace();
            exitCode = 1;
        } finally {
            if (stack != null) {
                stack.release();
            }
        }
        System.exit(exitCode);
    }

    private static void describeEnvironment(Report report, Path root) {
        report.environment("commit", git(root, "rev-parse", "--short", "HEAD")
                + (git(root, "status", "--porcelain", "--untracked-files=no").isBlank() ? "" : " (with uncommitted changes)"));
        report.environment("cores", Runtime.getRuntime().availableProcessors());
        report.environment("memory GiB", Math.round(totalMemoryGib()));
        report.environment("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        report.environment("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    }

    private static double totalMemoryGib() {
        try {
            for (String line : java.nio.file.Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: leave it out
        }
        return Double.NaN;
    }

    private static String git(Path root, String... command) {
        try {
            String[] line = new String[command.length + 1];
            line[0] = "git";
            System.arraycopy(command, 0, line, 1, command.length);
            Process process = new ProcessBuilder(line).directory(root.toFile()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes()).trim();
            process.waitFor(10, TimeUnit.SECONDS);
            return process.exitValue() == 0 ? output : "unknown";
        } catch (IOException | InterruptedException | IllegalThreadStateException e) {
            return "unknown";
        }
    }
}
