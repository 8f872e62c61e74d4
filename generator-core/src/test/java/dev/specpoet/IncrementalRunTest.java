package dev.specpoet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.specpoet.api.GenerationException;
import dev.specpoet.api.GenerationListener;
import dev.specpoet.api.GenerationResult;
import dev.specpoet.api.GeneratorConfig;
import dev.specpoet.api.JacksonEdition;
import dev.specpoet.api.MethodNaming;
import dev.specpoet.api.RuntimeMode;
import dev.specpoet.api.SpecSource;
import dev.specpoet.state.RunState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a state folder, a run whose inputs did not change touches nothing. */
class IncrementalRunTest {
    private static final FileTime LONG_AGO = FileTime.fromMillis(946_684_800_000L);

    @TempDir
    Path folder;

    private Path spec;
    private Path pet;
    private Path output;
    private Path state;

    @BeforeEach
    void writeSpec() throws Exception {
        spec = folder.resolve("spec/api.yaml");
        pet = folder.resolve("spec/pet.yaml");
        output = folder.resolve("out");
        state = folder.resolve("state");
        Files.createDirectories(spec.getParent());
        Files.writeString(spec, """
                openapi: 3.0.3
                info: {title: Pets, version: "1"}
                paths:
                  /pets/{id}:
                    get:
                      operationId: getPet
                      x-methodName: fetchPet
                      parameters:
                        - {name: id, in: path, required: true, schema: {type: string}}
                      responses:
                        "200":
                          description: the pet
                          content:
                            application/json:
                              schema: {$ref: "pet.yaml#/Pet"}
                """);
        Files.writeString(pet, """
                Pet:
                  type: object
                  properties:
                    name: {type: string}
                """);
    }

    private GenerationResult generate(MethodNaming naming) throws Exception {
        return generate(naming, GenerationListener.NONE);
    }

    private GenerationResult generate(MethodNaming naming, GenerationListener listener) throws Exception {
        GeneratorConfig config = GeneratorConfig.builder(SpecSource.file(spec), output)
                .basePackage("com.example.pets")
                .methodNaming(naming)
                .stateDirectory(state)
                .build();
        return Specpoet.generate(config, listener);
    }

    /** Generates with the runtime copied into the client, binding with {@code jackson}. */
    private GenerationResult generateEmbedded(JacksonEdition jackson) throws Exception {
        return Specpoet.generate(
                GeneratorConfig.builder(SpecSource.file(spec), output)
                        .basePackage("com.example.pets")
                        .stateDirectory(state)
                        .runtime(RuntimeMode.EMBEDDED)
                        .jackson(jackson)
                        .build(),
                GenerationListener.NONE);
    }

    /** The names of the stages a run went through, in order. */
    private List<String> stagesOf(MethodNaming naming) throws Exception {
        List<String> stages = new ArrayList<>();
        generate(naming, new GenerationListener() {
            @Override
            public void stageFinished(String stage, long nanos) {
                stages.add(stage);
            }
        });
        return stages;
    }

    private Map<Path, FileTime> ageEveryFile() throws Exception {
        try (Stream<Path> files = Files.walk(output)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, LONG_AGO);
            }
        }
        return modificationTimes();
    }

    private Map<Path, FileTime> modificationTimes() throws Exception {
        try (Stream<Path> files = Files.walk(output)) {
            return files.filter(Files::isRegularFile).collect(Collectors.toMap(file -> file, file -> {
                try {
                    return Files.getLastModifiedTime(file);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
        }
    }

    @Test
    void unchangedInputsLeaveEveryFileUntouched() throws Exception {
        GenerationResult first = generate(MethodNaming.OPERATION_ID);
        assertThat(first.upToDate()).isFalse();
        assertThat(first.written()).isNotEmpty();
        Map<Path, FileTime> before = ageEveryFile();

        GenerationResult second = generate(MethodNaming.OPERATION_ID);

        assertThat(second.upToDate()).isTrue();
        assertThat(second.written()).isEmpty();
        assertThat(second.unchanged()).hasSameSizeAs(first.written());
        assertThat(modificationTimes()).isEqualTo(before);
    }

    @Test
    void anUpToDateRunReadsTheRecordedFilesWithoutParsing() throws Exception {
        assertThat(stagesOf(MethodNaming.OPERATION_ID)).contains("load", "parse", "model", "emit", "write");

        assertThat(stagesOf(MethodNaming.OPERATION_ID)).containsExactly("load");
    }

    @Test
    void aSettledSpecWhoseSizeAndTimeAreUnchangedIsNotReadAgain() throws Exception {
        settle(spec, pet);
        generate(MethodNaming.OPERATION_ID);
        // Same size, same time, other text: only a check that reads the file could see it.
        Files.writeString(spec, Files.readString(spec).replace("getPet", "getCat"));
        settle(spec);

        assertThat(generate(MethodNaming.OPERATION_ID).upToDate()).isTrue();
    }

    @Test
    void aSpecEditedInTheSameClockTickAsTheRunThatReadItRegenerates() throws Exception {
        FileTime written = Files.getLastModifiedTime(spec);
        generate(MethodNaming.OPERATION_ID);
        Files.writeString(spec, Files.readString(spec).replace("getPet", "getCat"));
        Files.setLastModifiedTime(spec, written);

        GenerationResult result = generate(MethodNaming.OPERATION_ID);

        assertThat(result.upToDate()).isFalse();
        assertThat(Files.readString(output.resolve("com/example/pets/api/DefaultApi.java")))
                .contains("getCat(");
    }

    @Test
    void aSettledReferencedFileThatChangedSizeOrTimeIsReadAgain() throws Exception {
        settle(spec, pet);
        generate(MethodNaming.OPERATION_ID);
        Files.writeString(pet, Files.readString(pet).replace("name", "nick"));
        settle(pet);
        Files.setLastModifiedTime(pet, FileTime.fromMillis(LONG_AGO.toMillis() + 1));

        GenerationResult result = generate(MethodNaming.OPERATION_ID);

        assertThat(result.upToDate()).isFalse();
        assertThat(Files.readString(output.resolve("com/example/pets/model/Pet.java")))
                .contains("nick");
    }

    @Test
    void filesThatSettleAfterTheRunAreStampedByTheNextUpToDateRun() throws Exception {
        generate(MethodNaming.OPERATION_ID);
        RunState runState = RunState.of(state, output);
        assertThat(runState.last().orElseThrow().documents())
                .hasSize(2)
                .allSatisfy(document -> assertThat(document.stamp()).isEmpty());
        settle(spec, pet);

        assertThat(generate(MethodNaming.OPERATION_ID).upToDate()).isTrue();

        assertThat(runState.last().orElseThrow().documents())
                .allSatisfy(document -> assertThat(document.stamp()).isPresent());
        assertThat(generate(MethodNaming.OPERATION_ID).upToDate()).isTrue();
    }

    @Test
    void aSpecInASettledJarIsCheckedByTheJarsStampWithoutReading() throws Exception {
        Path jar = folder.resolve("specs.jar");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.jar.JarEntry("specs/api.yaml"));
            // Self-contained: a classpath spec has no sibling files to reference.
            out.write(Files.readString(spec)
                    .replace("{$ref: \"pet.yaml#/Pet\"}", "{type: object, properties: {name: {type: string}}}")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        settle(jar);
        try (var loader =
                new java.net.URLClassLoader(new java.net.URL[] {jar.toUri().toURL()}, null)) {
            GeneratorConfig config = GeneratorConfig.builder(SpecSource.classpath("specs/api.yaml", loader), output)
                    .basePackage("com.example.pets")
                    .stateDirectory(state)
                    .build();
            assertThat(Specpoet.generate(config).upToDate()).isFalse();

            assertThat(RunState.of(state, output).last().orElseThrow().documents())
                    .first()
                    .satisfies(document -> {
                        assertThat(document.uri().getScheme()).isEqualTo("jar");
                        assertThat(document.stamp()).isPresent();
                        assertThat(document.isUnchangedOnDisk()).isTrue();
                        Files.setLastModifiedTime(jar, FileTime.fromMillis(LONG_AGO.toMillis() + 1));
                        assertThat(document.isUnchangedOnDisk()).isFalse();
                    });
            // Read again (the jar's time moved) and found unchanged: still up to date.
            assertThat(Specpoet.generate(config).upToDate()).isTrue();
        }
    }

    /** Dates the files back, as if written long before the run: their stamps then vouch for them. */
    private static void settle(Path... files) throws Exception {
        for (Path file : files) {
            Files.setLastModifiedTime(file, LONG_AGO);
        }
    }

    @Test
    void aRebuiltSnapshotOfTheGeneratorRegenerates() throws Exception {
        GeneratorConfig config = GeneratorConfig.builder(SpecSource.file(spec), output)
                .basePackage("com.example.pets")
                .stateDirectory(state)
                .build();
        String version = "1.0-SNAPSHOT";
        new Pipeline(config, GenerationListener.NONE, version, version + " built monday").run();

        assertThat(new Pipeline(config, GenerationListener.NONE, version, version + " built monday")
                        .run()
                        .upToDate())
                .isTrue();
        assertThat(new Pipeline(config, GenerationListener.NONE, version, version + " built tuesday")
                        .run()
                        .upToDate())
                .isFalse();
    }

    @Test
    void aReferencedFileThatVanishedIsReportedWhereItIsReferenced() throws Exception {
        generate(MethodNaming.OPERATION_ID);
        Files.delete(pet);

        GenerationException failure =
                catchThrowableOfType(GenerationException.class, () -> generate(MethodNaming.OPERATION_ID));

        assertThat(failure.errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo("REF_FILE_UNREADABLE");
            assertThat(error.toString()).contains("api.yaml:15").contains("pet.yaml");
        });
        assertThat(output.resolve("com/example/pets/model/Pet.java")).isRegularFile();
    }

    @Test
    void editingAReferencedFileRegeneratesOnlyWhatChanged() throws Exception {
        generate(MethodNaming.OPERATION_ID);
        ageEveryFile();
        Files.writeString(pet, Files.readString(pet) + "    age: {type: integer, format: int32}\n");

        GenerationResult result = generate(MethodNaming.OPERATION_ID);

        assertThat(result.upToDate()).isFalse();
        assertThat(result.written()).containsExactly(Path.of("com/example/pets/model/Pet.java"));
        assertThat(Files.readString(output.resolve("com/example/pets/model/Pet.java")))
                .contains("Integer age");
    }

    @Test
    void changedConfigurationRegenerates() throws Exception {
        generate(MethodNaming.OPERATION_ID);

        GenerationResult result = generate(MethodNaming.X_METHOD_NAME);

        assertThat(result.upToDate()).isFalse();
        assertThat(result.written()).containsExactly(Path.of("com/example/pets/api/DefaultApi.java"));
        assertThat(Files.readString(output.resolve("com/example/pets/api/DefaultApi.java")))
                .contains("fetchPet(");
    }

    @Test
    void switchingToJackson3RegeneratesTheEmbeddedRuntime() throws Exception {
        generateEmbedded(JacksonEdition.JACKSON_2);

        GenerationResult result = generateEmbedded(JacksonEdition.JACKSON_3);

        assertThat(result.upToDate()).isFalse();
        assertThat(result.written()).contains(Path.of("com/example/pets/internal/JsonMapperFactory.java"));
        assertThat(Files.readString(output.resolve("com/example/pets/internal/JsonMapperFactory.java")))
                .contains("import tools.jackson.databind.json.JsonMapper;");
    }

    @Test
    void switchingBetweenLibraryAndEmbeddedRuntimeWritesOrDeletesTheCopy() throws Exception {
        generate(MethodNaming.OPERATION_ID);
        assertThat(output.resolve("com/example/pets/internal")).doesNotExist();

        GenerationResult embedded = generateEmbedded(JacksonEdition.JACKSON_2);
        assertThat(embedded.written())
                .contains(Path.of("com/example/pets/internal/ApiInvoker.java"))
                .contains(Path.of("com/example/pets/ApiClient.java"));
        assertThat(Files.readString(output.resolve("com/example/pets/ApiClient.java")))
                .contains("import com.example.pets.internal.ApiInvoker;");

        GenerationResult library = generate(MethodNaming.OPERATION_ID);
        assertThat(library.deleted()).contains(Path.of("com/example/pets/internal/ApiInvoker.java"));
        assertThat(Files.readString(output.resolve("com/example/pets/ApiClient.java")))
                .contains("import dev.specpoet.runtime.ApiInvoker;");
    }

    @Test
    void aDeletedGeneratedFileIsWrittenAgain() throws Exception {
        generate(MethodNaming.OPERATION_ID);
        Path model = output.resolve("com/example/pets/model/Pet.java");
        Files.delete(model);

        GenerationResult result = generate(MethodNaming.OPERATION_ID);

        assertThat(result.upToDate()).isFalse();
        assertThat(result.written()).containsExactly(Path.of("com/example/pets/model/Pet.java"));
        assertThat(model).isRegularFile();
    }

    @Test
    void withoutAStateFolderEveryRunChecksTheFiles() throws Exception {
        GeneratorConfig config = GeneratorConfig.builder(SpecSource.file(spec), output)
                .basePackage("com.example.pets")
                .build();
        Specpoet.generate(config);

        GenerationResult again = Specpoet.generate(config);

        assertThat(again.upToDate()).isFalse();
        assertThat(again.written()).isEmpty();
        assertThat(again.unchanged()).isNotEmpty();
        assertThat(List.copyOf(again.unchanged())).doesNotContainNull();
    }
}
