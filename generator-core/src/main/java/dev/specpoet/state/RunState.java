package dev.specpoet.state;

import dev.specpoet.files.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The fingerprint of the last successful run into one output folder, with the list of files its
 * spec referenced, kept in a state folder
 * (under {@code target/} in Maven builds). Each output folder has its own file, so several
 * executions in one module do not disturb each other.
 */
public final class RunState {
    private final Path file;
    private final Path surfaceFile;
    private final String stem;

    private RunState(Path file) {
        this.file = file;
        String name = file.getFileName().toString();
        this.stem = name.substring(0, name.lastIndexOf('.'));
        this.surfaceFile = file.resolveSibling(stem + ".surface");
    }

    /** The state of runs into {@code outputDirectory}, kept in {@code stateDirectory}. */
    public static RunState of(Path stateDirectory, Path outputDirectory) {
        String output = outputDirectory.toAbsolutePath().normalize().toString();
        String name = outputDirectory.toAbsolutePath().normalize().getFileName() + "-"
                + Integer.toHexString(output.hashCode()) + ".fingerprint";
        return new RunState(stateDirectory.resolve(name));
    }

    /**
     * The states kept in {@code stateDirectory} that recorded an API surface, by file name: what
     * {@code diff --state} can compare with when it is not told which output folder is meant.
     */
    public static List<RunState> recorded(Path stateDirectory) throws IOException {
        if (!Files.isDirectory(stateDirectory)) {
            return List.of();
        }
        try (var files = Files.list(stateDirectory)) {
            return files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".surface"))
                    .sorted()
                    .map(name -> new RunState(stateDirectory.resolve(
                            name.substring(0, name.length() - ".surface".length()) + ".fingerprint")))
                    .toList();
        }
    }

    /** The file that holds the API surface of the last run. */
    public Path surfaceFile() {
        return surfaceFile;
    }

    /**
     * Where the changelog of the last regeneration goes, next to the state: {@code
     * <state>.api-changes.md} and {@code .json}. The state's name keeps the changelogs of several
     * executions sharing one state folder apart.
     */
    public Path changelogFile(String extension) {
        return file.resolveSibling(stem + ".api-changes." + extension);
    }

    /** Writes the changelog of this regeneration in both forms, each replaced atomically. */
    public void writeChangelog(String markdown, String json) throws IOException {
        Files.createDirectories(file.getParent());
        replace(changelogFile("md"), markdown);
        replace(changelogFile("json"), json);
    }

    /**
     * The fingerprint and the documents of the last successful run, if there was one and its record
     * is readable.
     */
    public Optional<RunRecord> last() {
        return RunRecord.parse(lines());
    }

    private List<String> lines() {
        try {
            return Files.isRegularFile(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            // An unreadable state only costs a regeneration.
            return List.of();
        }
    }

    /** The API surface of the last successful run, if recorded. */
    public Optional<ApiSurface> lastSurface() {
        try {
            return Files.isRegularFile(surfaceFile)
                    ? Optional.of(ApiSurface.parse(Files.readString(surfaceFile, StandardCharsets.UTF_8)))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Records a successful run: the surface first, then the fingerprint and documents, each replaced
     * atomically, so a crash in between only costs a regeneration.
     */
    public void record(RunRecord run, ApiSurface surface) throws IOException {
        Files.createDirectories(file.getParent());
        replace(surfaceFile, surface.toText());
        replace(file, run.toText());
    }

    /**
     * Replaces the record of the last run by {@code run}, of the same fingerprint, whose documents
     * carry stamps that the recorded ones could not: the next up-to-date check then reads none of
     * them.
     */
    public void refresh(RunRecord run) throws IOException {
        replace(file, run.toText());
    }

    private static void replace(Path target, String text) throws IOException {
        AtomicFiles.replace(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Forgets the last run, so the next one regenerates. */
    public void forget() throws IOException {
        Files.deleteIfExists(file);
    }
}
