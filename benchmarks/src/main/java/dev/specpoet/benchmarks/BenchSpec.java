package dev.specpoet.benchmarks;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One spec every tool is measured on, as a file on disk so that all of them read the same bytes.
 *
 * @param name the name the table shows
 * @param file the spec file
 * @param basePackage the package Specpoet generates into
 * @param bytes the file's size
 * @param isSwagger2 whether it is a Swagger 2.0 document rather than OpenAPI 3
 */
record BenchSpec(String name, Path file, String basePackage, long bytes, boolean isSwagger2) {
    BenchSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(basePackage, "basePackage");
    }

    /** Over a megabyte: fewer repetitions keep the whole run within minutes. */
    boolean isLarge() {
        return bytes > 1_000_000;
    }
}
