package dev.specpoet.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceCountTest {

    @Test
    void countsLinesAsWcDoesPlusAnUnterminatedLastOne() {
        assertThat(SourceCount.lines("")).isZero();
        assertThat(SourceCount.lines("a")).isEqualTo(1);
        assertThat(SourceCount.lines("a\n")).isEqualTo(1);
        assertThat(SourceCount.lines("a\n\nb")).isEqualTo(3);
        assertThat(SourceCount.lines("a\r\nb\r\n")).isEqualTo(2);
        assertThat(SourceCount.lines("a\rb\r")).isEqualTo(2);
        assertThat(SourceCount.lines("\n\n")).isEqualTo(2);
    }

    @Test
    void countsOnlyJavaFilesInEveryFolder(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("com/example/model"));
        Files.writeString(root.resolve("com/example/Api.java"), "package com.example;\n\nclass Api {}\n");
        Files.writeString(root.resolve("com/example/model/Pet.java"), "package com.example.model;\nrecord Pet() {}");
        Files.writeString(root.resolve("com/example/README.md"), "not\ncode\n");

        assertThat(SourceCount.of(root)).isEqualTo(new SourceCount(2, 5));
    }

    @Test
    void aMissingFolderCountsAsEmpty(@TempDir Path root) throws IOException {
        assertThat(SourceCount.of(root.resolve("absent"))).isEqualTo(new SourceCount(0, 0));
    }
}
