package dev.specpoet.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specpoet.api.Diagnostic;
import dev.specpoet.api.GenerationException;
import dev.specpoet.emit.GeneratedSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceWriterTest {
    private static final String STAGING = ".specpoet-staging";
    private static final GeneratedSource PET = new GeneratedSource("com/example/model/Pet.java", "class Pet {}\n");
    private static final GeneratedSource API =
            new GeneratedSource("com/example/api/PetsApi.java", "class PetsApi {}\n");
    private static final GeneratedSource CLIENT =
            new GeneratedSource("com/example/ApiClient.java", "class ApiClient {}\n");

    @TempDir
    Path folder;

    private final SourceWriter writer = new SourceWriter();

    @Test
    void writesEveryFileAndReportsThemInSortedOrder() throws Exception {
        Path out = folder.resolve("out");

        WriteReport report = writer.write(out, List.of(PET, API, CLIENT));

        assertThat(report.written())
                .containsExactly(
                        Path.of("com/example/ApiClient.java"),
                        Path.of("com/example/api/PetsApi.java"),
                        Path.of("com/example/model/Pet.java"));
        assertThat(report.unchanged()).isEmpty();
        assertThat(out.resolve("com/example/model/Pet.java")).hasContent("class Pet {}");
        assertThat(out.resolve(".specpoet-staging")).doesNotExist();
    }

    @Test
    void aSecondRunWithTheSameContentTouchesNothing() throws Exception {
        Path out = folder.resolve("out");
        writer.write(out, List.of(PET, API));
        Path pet = out.resolve("com/example/model/Pet.java");
        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(pet, old);

        WriteReport report = writer.write(out, List.of(PET, API));

        assertThat(report.written()).isEmpty();
        assertThat(report.unchanged())
                .containsExactly(Path.of("com/example/api/PetsApi.java"), Path.of("com/example/model/Pet.java"));
        assertThat(report.deleted()).isEmpty();
        assertThat(Files.getLastModifiedTime(pet)).isEqualTo(old);
    }

    @Test
    void onlyChangedFilesAreRewritten() throws Exception {
        Path out = folder.resolve("out");
        writer.write(out, List.of(PET, API));

        WriteReport report =
                writer.write(out, List.of(new GeneratedSource(PET.path(), "class Pet { int id; }\n"), API));

        assertThat(report.written()).containsExactly(Path.of(PET.path()));
        assertThat(report.unchanged()).containsExactly(Path.of(API.path()));
        assertThat(out.resolve(PET.path())).hasContent("class Pet { int id; }");
    }

    @Test
    void filesThePreviousRunGeneratedAndThisOneDoesNotAreDeleted() throws Exception {
        Path out = folder.resolve("out");
        writer.write(out, List.of(PET, API, CLIENT));
        Path userFile = Files.writeString(out.resolve("com/example/api/NOTES.txt"), "mine");

        WriteReport report = writer.write(out, List.of(PET, CLIENT));

        assertThat(report.deleted()).containsExactly(Path.of("com/example/api/PetsApi.java"));
        assertThat(out.resolve(API.path())).doesNotExist();
        assertThat(userFile).hasContent("mine");
        writer.write(out, List.of(PET));
        assertThat(out.resolve("com/example/ApiClient.java")).doesNotExist();
        assertThat(out.resolve("com/example/model")).isDirectory();
    }

    @Test
    void emptyFoldersLeftByDeletedFilesAreRemoved() throws Exception {
        Path out = folder.resolve("out");
        writer.write(out, List.of(PET, API));

        writer.write(out, List.of(PET));

        assertThat(out.resolve("com/example/api")).doesNotExist();
        assertThat(out.resolve("com/example/model")).isDirectory();
    }

    @Test
    void pathsLeavingTheOutputFolderAreRefusedAndNothingIsWritten() throws Exception {
        Path out = folder.resolve("out");
        Path outside = Files.writeString(folder.resolve("Evil.java"), "original");

        assertThatThrownBy(() -> writer.write(out, List.of(PET, new GeneratedSource("../Evil.java", "hacked"))))
                .isInstanceOfSatisfying(
                        GenerationException.class,
                        e -> assertThat(e.errors())
                                .extracting(Diagnostic::code, Diagnostic::toString)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                        "UNSAFE_OUTPUT_PATH",
                                        "../Evil.java: refusing to write '../Evil.java': empty, '.' or '..' segment")));
        assertThat(outside).hasContent("original");
        assertThat(out.resolve(PET.path())).doesNotExist();
    }

    @Test
    void aTamperedManifestNeverDeletesFilesOutsideTheOutputFolder() throws Exception {
        Path out = folder.resolve("out");
        writer.write(out, List.of(PET));
        Path victim = Files.writeString(folder.resolve("victim.txt"), "keep me");
        Files.writeString(
                out.resolve(SourceWriter.MANIFEST),
                PET.path() + "\n../victim.txt\n" + victim.toAbsolutePath() + "\n",
                StandardCharsets.UTF_8);

        WriteReport report = writer.write(out, List.of(PET));

        assertThat(report.deleted()).isEmpty();
        assertThat(victim).hasContent("keep me");
    }

    @Test
    void filesDifferingOnlyInCaseAreRefusedBeforeAnythingIsWritten() {
        Path out = folder.resolve("out");

        assertThatThrownBy(() -> writer.write(
                        out, List.of(PET, new GeneratedSource("com/example/model/PET.java", "class PET {}\n"))))
                .isInstanceOfSatisfying(
                        GenerationException.class,
                        e -> assertThat(e.errors()).extracting(Diagnostic::code).containsExactly("OUTPUT_NAME_CLASH"));
        assertThat(out.resolve(PET.path())).doesNotExist();
    }

    @Test
    void aFolderWithoutEarlierOutputIsWrittenInPlaceAndLaterRunsStillStage() throws Exception {
        Path out = Files.createDirectories(folder.resolve("out"));
        try (WatchService watcher = out.getFileSystem().newWatchService()) {
            out.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);

            writer.write(out, List.of(PET, API, CLIENT));

            assertThat(created(watcher)).contains(SourceWriter.MANIFEST).doesNotContain(STAGING);
            assertThat(out.resolve(PET.path())).hasContent("class Pet {}");

            // Earlier output exists now: a change goes through the staging folder, atomically.
            writer.write(out, List.of(new GeneratedSource(PET.path(), "class Pet { int id; }\n"), API, CLIENT));

            assertThat(created(watcher)).contains(STAGING);
            assertThat(out.resolve(PET.path())).hasContent("class Pet { int id; }");
            assertThat(out.resolve(STAGING)).doesNotExist();
        }
    }

    @Test
    void anInterruptedFirstRunIsRedoneCompletelyByTheNext() throws Exception {
        Path out = Files.createDirectories(folder.resolve("out"));
        // A file where a folder must go makes the run fail after the files sorted before it.
        Path obstacle = Files.createDirectories(out.resolve("com/example")).resolve("model");
        Files.writeString(obstacle, "not a folder");

        assertThatThrownBy(() -> writer.write(out, List.of(PET, API, CLIENT)))
                .isInstanceOfSatisfying(
                        GenerationException.class,
                        e -> assertThat(e.errors()).extracting(Diagnostic::code).containsExactly("OUTPUT_IO"));
        assertThat(out.resolve(CLIENT.path())).hasContent("class ApiClient {}");
        assertThat(out.resolve(SourceWriter.MANIFEST)).doesNotExist();
        assertThat(writer.intactOutput(out)).isEmpty();

        // As if the run had also been cut short in the middle of a file.
        Files.writeString(out.resolve(API.path()), "class Pets");
        Files.delete(obstacle);
        WriteReport report = writer.write(out, List.of(PET, API, CLIENT));

        assertThat(report.written()).containsExactly(Path.of(API.path()), Path.of(PET.path()));
        assertThat(report.unchanged()).containsExactly(Path.of(CLIENT.path()));
        assertThat(out.resolve(API.path())).hasContent("class PetsApi {}");
        assertThat(out.resolve(PET.path())).hasContent("class Pet {}");
        assertThat(writer.intactOutput(out))
                .hasValue(List.of(Path.of(CLIENT.path()), Path.of(API.path()), Path.of(PET.path())));
    }

    /** The names created directly in the watched folder since the last call. */
    private static List<String> created(WatchService watcher) throws InterruptedException {
        List<String> names = new ArrayList<>();
        for (WatchKey key = watcher.poll(2, TimeUnit.SECONDS);
                key != null;
                key = watcher.poll(200, TimeUnit.MILLISECONDS)) {
            for (WatchEvent<?> event : key.pollEvents()) {
                names.add(String.valueOf(event.context()));
            }
            key.reset();
        }
        return names;
    }

    @Test
    void manyFilesAreWrittenComparedAndReplacedAsFewAre() throws Exception {
        Path out = folder.resolve("out");
        List<GeneratedSource> first = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            first.add(new GeneratedSource("com/example/model/M" + i + ".java", "class M" + i + " {}\n"));
        }

        WriteReport created = writer.write(out, first);

        assertThat(created.written()).hasSize(60).isSorted();
        assertThat(out.resolve("com/example/model/M42.java")).hasContent("class M42 {}");
        List<GeneratedSource> second = new ArrayList<>(first);
        second.set(7, new GeneratedSource("com/example/model/M7.java", "class M7 { int changed; }\n"));
        second.set(42, new GeneratedSource("com/example/model/M42.java", "class M42 { int changed; }\n"));

        WriteReport rewritten = writer.write(out, second);

        assertThat(rewritten.written())
                .containsExactly(Path.of("com/example/model/M42.java"), Path.of("com/example/model/M7.java"));
        assertThat(rewritten.unchanged()).hasSize(58).isSorted();
        assertThat(out.resolve("com/example/model/M7.java")).hasContent("class M7 { int changed; }");
        assertThat(out.resolve(STAGING)).doesNotExist();
    }
}
