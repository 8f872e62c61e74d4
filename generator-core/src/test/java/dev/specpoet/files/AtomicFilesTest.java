package dev.specpoet.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path folder;

    @Test
    void createsAFileThatDoesNotExistYet() throws IOException {
        Path target = folder.resolve("state");

        AtomicFiles.replace(target, bytes("first"));

        assertThat(target).hasContent("first");
        assertThat(names(folder)).containsExactly("state");
    }

    @Test
    void replacesTheContentAndLeavesNoTemporaryFileBehind() throws IOException {
        Path target = folder.resolve("state");
        Files.writeString(target, "a much longer old content than the new one");

        AtomicFiles.replace(target, bytes("new"));

        assertThat(target).hasContent("new");
        assertThat(names(folder)).containsExactly("state");
    }

    @Test
    void aFailingWriterKeepsTheOldContentAndLeavesNoTemporaryFileBehind() throws IOException {
        Path target = folder.resolve("state");
        Files.writeString(target, "old");

        assertThatThrownBy(() -> AtomicFiles.replace(target, out -> {
                    out.write(bytes("half of the new"));
                    throw new IOException("disk full");
                }))
                .isInstanceOf(IOException.class)
                .hasMessage("disk full");

        assertThat(target).hasContent("old");
        assertThat(names(folder)).containsExactly("state");
    }

    @Test
    void aTargetThatCannotBeReplacedKeepsItsContentAndLeavesNoTemporaryFileBehind() throws IOException {
        Path target = folder.resolve("state");
        Files.createDirectories(target.resolve("not-empty"));

        // A folder with content is not a file the move may replace.
        assertThatThrownBy(() -> AtomicFiles.replace(target, bytes("new"))).isInstanceOf(IOException.class);

        assertThat(target.resolve("not-empty")).isDirectory();
        assertThat(names(folder)).containsExactly("state");
    }

    @Test
    void theTemporaryFileLivesInTheTargetsOwnFolderAndNowhereElse() throws IOException {
        Path inner = Files.createDirectories(folder.resolve("inner"));
        Path target = inner.resolve("state");
        List<String> duringTheWrite = new ArrayList<>();
        List<String> outsideDuringTheWrite = new ArrayList<>();

        AtomicFiles.replace(target, out -> {
            duringTheWrite.addAll(names(inner));
            outsideDuringTheWrite.addAll(names(folder));
            out.write(bytes("new"));
        });

        assertThat(duringTheWrite)
                .singleElement()
                .asString()
                .startsWith(".state.")
                .endsWith(".tmp");
        assertThat(outsideDuringTheWrite).containsExactly("inner");
        assertThat(names(inner)).containsExactly("state");
    }

    @Test
    void twoReplacementsOfOneTargetUseTwoTemporaryFiles() throws IOException {
        Path target = folder.resolve("state");
        List<String> nested = new ArrayList<>();

        AtomicFiles.replace(target, outer -> {
            AtomicFiles.replace(target, inner -> {
                nested.addAll(names(folder));
                inner.write(bytes("inner"));
            });
            outer.write(bytes("outer"));
        });

        assertThat(nested).hasSize(2).allSatisfy(name -> assertThat(name).startsWith(".state."));
        assertThat(target).hasContent("outer");
        assertThat(names(folder)).containsExactly("state");
    }

    @Test
    void moveReplacesAnExistingFile() throws IOException {
        Path from = Files.writeString(folder.resolve("staged"), "new");
        Path to = Files.writeString(folder.resolve("target"), "old");

        AtomicFiles.move(from, to);

        assertThat(to).hasContent("new");
        assertThat(names(folder)).containsExactly("target");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
