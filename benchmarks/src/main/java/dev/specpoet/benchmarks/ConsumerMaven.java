package dev.specpoet.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Real Maven, as a user runs it: the reactor's Maven Wrapper in a process of its own, offline, with
 * this JVM's JDK, reading the reactor's fresh artifacts from a repository of their own and
 * everything else from the user's local repository behind it (Maven 3.9's {@code
 * maven.repo.local.tail}), so nothing is installed into the user's.
 */
final class ConsumerMaven {
    private static final long TIMEOUT_MINUTES = 30;

    private final Path wrapper;
    private final Path repository;
    private final Path repositoryTail;
    private final Path javaHome;

    ConsumerMaven(Path reactor, Path repository, Path repositoryTail) {
        boolean windows = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows");
        this.wrapper = reactor.resolve(windows ? "mvnw.cmd" : "mvnw").toAbsolutePath();
        this.repository = repository.toAbsolutePath();
        this.repositoryTail = repositoryTail.toAbsolutePath();
        this.javaHome = Path.of(System.getProperty("java.home"));
    }

    /** The command line of a build of the project in the working folder. */
    List<String> command(List<String> goals) {
        List<String> command = new ArrayList<>(List.of(
                wrapper.toString(),
                "-B",
                "-o",
                "-ntp",
                "-Dmaven.repo.local=" + repository,
                "-Dmaven.repo.local.tail=" + repositoryTail));
        command.addAll(goals);
        return command;
    }

    /**
     * Runs {@code goals} on the project in {@code project} and times the whole process; its log is
     * kept in {@code log}.
     */
    BuildOutcome run(Path project, List<String> goals, Path log) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command(goals))
                .directory(project.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("JAVA_HOME", javaHome.toString());
        // The consumer is a project of its own, not a part of the reactor whose build started this one.
        environment.remove("MAVEN_BASEDIR");
        environment.remove("MAVEN_PROJECTBASEDIR");
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("a consumer build took over " + TIMEOUT_MINUTES + " minutes: " + log);
        }
        long nanos = System.nanoTime() - start;
        return new BuildOutcome(nanos, process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /** The first line of {@code mvn -v}, e.g. {@code Apache Maven 3.9.16 (...)}. */
    String version(Path folder) throws IOException, InterruptedException {
        BuildOutcome outcome = run(folder, List.of("-v"), folder.resolve("maven-version.log"));
        String first = outcome.log().lines().findFirst().orElse("Maven (version unknown)");
        int paren = first.indexOf(" (");
        return paren > 0 ? first.substring(0, paren) : first;
    }
}
