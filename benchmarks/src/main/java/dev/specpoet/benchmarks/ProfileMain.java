package dev.specpoet.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs Specpoet on one spec again and again and prints each run's stages: a steady load for a
 * profiler to sample, such as Flight Recorder ({@code -XX:StartFlightRecording}).
 *
 * <p>Arguments: {@code SPEC PACKAGE RUNS [OUT]}.
 */
public final class ProfileMain {
    private ProfileMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: ProfileMain SPEC PACKAGE RUNS [OUT]");
            System.exit(2);
            return;
        }
        Path file = Path.of(args[0]);
        BenchSpec spec = new BenchSpec(file.getFileName().toString(), file, args[1], Files.size(file), false);
        Path out = args.length > 3 ? Path.of(args[3]) : Files.createTempDirectory("specpoet-profile");
        for (int run = 1; run <= Integer.parseInt(args[2]); run++) {
            Folders.empty(out);
            StageTimes times = SpecpoetTimer.run(spec, out);
            System.out.printf(
                    "run %d: parse %s, model+naming %s, emit %s, write %s, total %s ms%n",
                    run,
                    Figures.millis(times.parse()),
                    Figures.millis(times.modelNaming()),
                    Figures.millis(times.emit()),
                    Figures.millis(times.write()),
                    Figures.millis(times.total()));
        }
    }
}
