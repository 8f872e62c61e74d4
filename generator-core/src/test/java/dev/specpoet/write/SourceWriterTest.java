package dev.specpoet.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specpoet.api.Diagnostic;
import dev.specpoet.api.GenerationException;
import dev.specpoet.emit.GeneratedSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceWriterTest {
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
}
