package dev.specpoet.write;

import dev.specpoet.api.GenerationException;
import dev.specpoet.api.SpecLocation;
import dev.specpoet.emit.GeneratedSource;
import dev.specpoet.files.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** The write stage's entry point. */
public final class SourceWriter {
    /** Lists the files the last run generated, so the next run can delete the ones it no longer makes. */
    static final String MANIFEST = ".specpoet-files";

    private static final String STAGING = ".specpoet-staging";

    /**
     * Writes {@code sources} under {@code output}, rewriting only what changed and deleting what a
     * previous run generated and this one does not.
     *
     * @throws GenerationException for an unsafe path or an I/O failure; the output is then left as
     *     it was, apart from files already moved into place
     */
    public WriteReport write(Path output, List<GeneratedSource> sources) throws GenerationException {
        Path root = output.toAbsolutePath().normalize();
        Map<String, GeneratedSource> sorted = sortedAndChecked(sources);
        try {
            Files.createDirectories(root);
            Path realRoot = root.toRealPath();
            List<Map.Entry<Path, GeneratedSource>> targets = new ArrayList<>(sorted.size());
            for (GeneratedSource source : sorted.values()) {
                targets.add(Map.entry(SafePaths.resolve(realRoot, source.path()), source));
            }
            Map<Path, byte[]> changed = new TreeMap<>();
            List<Path> unchanged = new ArrayList<>();
            for (Compared file : ParallelIo.map(targets, target -> Compared.of(target.getKey(), target.getValue()))) {
                if (file.unchanged()) {
                    unchanged.add(realRoot.relativize(file.target()));
                } else {
                    changed.put(file.target(), file.bytes());
                }
            }
            List<Path> written = Files.exists(realRoot.resolve(MANIFEST), LinkOption.NOFOLLOW_LINKS)
                    ? commit(realRoot, changed)
                    : writeFirstOutput(realRoot, changed);
            List<Path> deleted = deleteStale(realRoot, sorted.keySet());
            writeManifest(realRoot, sorted.keySet());
            return new WriteReport(written, unchanged, deleted);
        } catch (IOException e) {
            throw GenerationException.of(
                    "OUTPUT_IO", SpecLocation.of(root.toString()), "cannot write the output folder: " + e);
        }
    }

    /** A generated file, its bytes and whether the file on disk already holds them. */
    private record Compared(Path target, byte[] bytes, boolean unchanged) {
        /** Encodes the text and reads the file at {@code target}, if any: on the pool, as it waits on the disk. */
        static Compared of(Path target, GeneratedSource source) throws IOException {
            byte[] bytes = source.content().getBytes(StandardCharsets.UTF_8);
            return new Compared(
                    target,
                    bytes,
                    Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                            && Arrays.equals(Files.readAllBytes(target), bytes));
        }
    }

    private static Map<String, GeneratedSource> sortedAndChecked(List<GeneratedSource> sources)
            throws GenerationException {
        Map<String, GeneratedSource> sorted = new TreeMap<>();
        Map<String, String> lowerCase = new HashMap<>();
        for (GeneratedSource source : sources) {
            String clash = lowerCase.put(source.path().toLowerCase(Locale.ROOT), source.path());
            if (clash != null) {
                throw GenerationException.of(
                        "OUTPUT_NAME_CLASH",
                        SpecLocation.of(source.path()),
                        "two generated files differ only in case: " + clash + " and " + source.path());
            }
            sorted.put(source.path(), source);
        }
        return sorted;
    }

    /**
     * Writes a folder that holds no earlier output (no manifest: a first run, a run after a clean, or
     * one after an interrupted first run): a file that does not exist yet is written in place, which
     * costs less than half of staging it and moving it. Nothing trusts such a folder until the
     * manifest, written after every file, exists; a run cut short leaves no manifest, so the next one
     * comes here again, compares every file and rewrites any left half-written. A file already there
     * (a half-written one, say) is still replaced atomically, never written through.
     */
    private static List<Path> writeFirstOutput(Path root, Map<Path, byte[]> changed)
            throws IOException, GenerationException {
        Map<Path, byte[]> existing = new TreeMap<>();
        List<Path> written = new ArrayList<>();
        List<Map.Entry<Path, byte[]>> folderRun = new ArrayList<>();
        Set<Path> checkedFolders = new HashSet<>();
        for (Map.Entry<Path, byte[]> file : changed.entrySet()) {
            Path target = file.getKey();
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                existing.put(target, file.getValue());
                continue;
            }
            if (!folderRun.isEmpty() && !folderRun.get(0).getKey().getParent().equals(target.getParent())) {
                written.addAll(create(root, folderRun));
                folderRun.clear();
            }
            checkFolder(root, target, checkedFolders);
            folderRun.add(file);
        }
        written.addAll(create(root, folderRun));
        written.addAll(commit(root, existing));
        written.sort(Comparator.naturalOrder());
        return written;
    }

    /**
     * Creates files of one checked folder, in sorted order as a whole but on a few threads: the files
     * of the next folder wait, so a run that fails at a folder has written what sorts before it.
     */
    private static List<Path> create(Path root, List<Map.Entry<Path, byte[]>> files) throws IOException {
        return ParallelIo.map(files, file -> {
            // CREATE_NEW never follows a link that appeared at the target since its folder was checked.
            Files.write(file.getKey(), file.getValue(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return root.relativize(file.getKey());
        });
    }

    /**
     * Creates {@code target}'s folder and checks that it is inside {@code root}; once per folder, not
     * once per file: resolving a real path costs a system call per path segment, and a large client
     * has thousands of files in a few folders.
     */
    private static void checkFolder(Path root, Path target, Set<Path> checkedFolders)
            throws IOException, GenerationException {
        Path folder = target.getParent();
        if (checkedFolders.add(folder)) {
            Files.createDirectories(folder);
            if (!folder.toRealPath().startsWith(root)) {
                throw GenerationException.of(
                        "UNSAFE_OUTPUT_PATH",
                        SpecLocation.of(root.relativize(target).toString()),
                        "refusing to write through a link that leaves the output folder");
            }
        }
    }

    /** Stages every changed file inside the output folder, then moves each into place atomically. */
    private static List<Path> commit(Path root, Map<Path, byte[]> changed) throws IOException, GenerationException {
        if (changed.isEmpty()) {
            return List.of();
        }
        Path staging = root.resolve(STAGING);
        deleteRecursively(staging);
        Map<Path, Path> staged = new TreeMap<>();
        try {
            Files.createDirectories(staging);
            List<Map.Entry<Path, byte[]>> files = new ArrayList<>(changed.entrySet());
            List<Path> temporaries =
                    ParallelIo.map(IntStream.range(0, files.size()).boxed().toList(), index -> {
                        Path temporary = staging.resolve(Integer.toString(index));
                        Files.write(temporary, files.get(index).getValue());
                        return temporary;
                    });
            for (int index = 0; index < files.size(); index++) {
                staged.put(files.get(index).getKey(), temporaries.get(index));
            }
            List<Path> written = new ArrayList<>();
            Set<Path> checkedFolders = new HashSet<>();
            for (Map.Entry<Path, Path> file : staged.entrySet()) {
                Path target = file.getKey();
                checkFolder(root, target, checkedFolders);
                AtomicFiles.move(file.getValue(), target);
                written.add(root.relativize(target));
            }
            return written;
        } finally {
            deleteRecursively(staging);
        }
    }

    /**
     * The files the last run into {@code output} wrote, as its manifest lists them, if every one of
     * them is still there; empty when there is no manifest or someone removed a file.
     */
    public java.util.Optional<List<Path>> intactOutput(Path output) {
        Path root = output.toAbsolutePath().normalize();
        Path manifest = root.resolve(MANIFEST);
        try {
            if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
                return java.util.Optional.empty();
            }
            List<Path> files = new ArrayList<>();
            for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                Path file = SafePaths.resolve(root, line);
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    return java.util.Optional.empty();
                }
                files.add(root.relativize(file));
            }
            return java.util.Optional.of(files);
        } catch (IOException | GenerationException e) {
            return java.util.Optional.empty();
        }
    }

    private static List<Path> deleteStale(Path root, Set<String> current) throws IOException, GenerationException {
        Path manifest = root.resolve(MANIFEST);
        List<Path> deleted = new ArrayList<>();
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            return deleted;
        }
        Set<String> previous = new LinkedHashSet<>(Files.readAllLines(manifest, StandardCharsets.UTF_8));
        previous.removeAll(current);
        for (String stale : previous) {
            if (stale.isBlank()) {
                continue;
            }
            Path file;
            try {
                file = SafePaths.resolve(root, stale);
            } catch (GenerationException e) {
                continue; // A manifest line we would not have written: never delete on its word.
            }
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(file)) {
                deleted.add(root.relativize(file));
                deleteEmptyParents(root, file.getParent());
            }
        }
        return deleted;
    }

    private static void deleteEmptyParents(Path root, Path folder) throws IOException {
        Path current = folder;
        while (current != null && !current.equals(root) && current.startsWith(root)) {
            try (Stream<Path> entries = Files.list(current)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(current);
            current = current.getParent();
        }
    }

    private static void writeManifest(Path root, Set<String> files) throws IOException {
        Path manifest = root.resolve(MANIFEST);
        String text = String.join("\n", files) + "\n";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (Files.isRegularFile(manifest) && Arrays.equals(Files.readAllBytes(manifest), bytes)) {
            return;
        }
        AtomicFiles.replace(manifest, bytes);
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
