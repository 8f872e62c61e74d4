package dev.specpoet.benchmarks;

import java.nio.file.Path;

/** The two plugins a consumer module is built with, each with its pom template and output folder. */
enum ConsumerTool {
    SPECPOET("Specpoet", "specpoet", "consumer/specpoet-pom.xml", "target/generated-sources/specpoet"),
    /** Its main code only: the plugin also writes a whole project (build files, README) around it. */
    OPENAPI_GENERATOR(
            "OpenAPI Generator",
            "openapi-generator",
            "consumer/openapi-generator-pom.xml",
            "target/generated-sources/openapi/src/main/java");

    private final String displayName;
    private final String folderName;
    private final String template;
    private final String sources;

    ConsumerTool(String displayName, String folderName, String template, String sources) {
        this.displayName = displayName;
        this.folderName = folderName;
        this.template = template;
        this.sources = sources;
    }

    /** The name the table shows. */
    String displayName() {
        return displayName;
    }

    /** The consumer project's folder name, below the spec's. */
    String folderName() {
        return folderName;
    }

    /** The classpath resource of its pom template. */
    String template() {
        return template;
    }

    /** The generated main code of a consumer project in {@code project}. */
    Path sources(Path project) {
        return project.resolve(sources);
    }
}
