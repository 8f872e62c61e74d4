package dev.specpoet.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.specpoet.api.JacksonEdition;
import dev.specpoet.api.RuntimeMode;
import dev.specpoet.bind.BoundApi;
import dev.specpoet.bind.BoundModel;
import dev.specpoet.model.EnumDef;
import dev.specpoet.model.ObjectDef;
import dev.specpoet.model.SchemaDef;
import dev.specpoet.model.UnionDef;
import dev.specpoet.naming.NamedModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The emit stage's entry point: every source file of a client, each starting with the same
 * one-line header, in a stable order.
 */
public final class SourceEmitter {
    private final String generatorVersion;
    private final JacksonEdition jackson;
    private final RuntimeMode runtime;
    private final boolean nullableAnnotations;

    /** Emits a Jackson 2 client of the runtime library. */
    public SourceEmitter(String generatorVersion) {
        this(generatorVersion, JacksonEdition.JACKSON_2, RuntimeMode.LIBRARY);
    }

    /**
     * Emits a client; with {@link RuntimeMode#EMBEDDED}, the runtime's sources go with it, into the
     * package the naming stage gave the runtime.
     */
    public SourceEmitter(String generatorVersion, JacksonEdition jackson, RuntimeMode runtime) {
        this(generatorVersion, jackson, runtime, true);
    }

    /** @param nullableAnnotations whether what may be null carries JSpecify's {@code @Nullable} */
    public SourceEmitter(
            String generatorVersion, JacksonEdition jackson, RuntimeMode runtime, boolean nullableAnnotations) {
        this.generatorVersion = generatorVersion;
        this.jackson = jackson;
        this.runtime = runtime;
        this.nullableAnnotations = nullableAnnotations;
    }

    public List<GeneratedSource> emit(BoundModel bound) {
        NamedModel named = bound.named();
        String header = header(named.model().sourceName());
        JavaTypes types = new JavaTypes(named, jackson, nullableAnnotations);
        RecordEmitter records = new RecordEmitter(types);
        ObjectEmitter objects = new ObjectEmitter(named, records);
        EnumEmitter enums = new EnumEmitter(named, types);
        UnionEmitter unions = new UnionEmitter(named, types, records);
        List<GeneratedSource> sources = new ArrayList<>();
        if (runtime == RuntimeMode.EMBEDDED) {
            RuntimeSources.forPackage(named.runtimePackage(), jackson)
                    .forEach((name, text) -> sources.add(
                            new GeneratedSource(path(named.runtimePackage(), name), "// " + header + "\n" + text)));
        }
        List<Unrendered> files = new ArrayList<>();
        files.add(file(named.apiClient(), new ClientEmitter(named, types, generatorVersion).emit(), header));
        ErrorEmitter errors = new ErrorEmitter(types);
        bound.exceptions()
                .forEach((exception, errorType) ->
                        files.add(file(exception, errors.emit(exception, errorType), header)));
        Nesting nesting = new Nesting(named, (definition, members) -> {
            if (definition instanceof ObjectDef object) {
                return objects.emit(object, members);
            }
            if (definition instanceof EnumDef enumeration) {
                return enums.emit(enumeration, members);
            }
            return unions.emit((UnionDef) definition, members);
        });
        ApiEmitter apis = new ApiEmitter(named, types);
        for (BoundApi api : bound.apis()) {
            files.add(file(api.className(), apis.emit(api, type -> nesting.addMembers(api.className(), type)), header));
        }
        for (SchemaDef definition : named.topLevelDefinitions()) {
            files.add(file(named.names(definition.id()).className(), nesting.emit(definition), header));
        }
        sources.addAll(render(files));
        return sources;
    }

    /**
     * Turns the files into text, in parallel: rendering is most of the stage's time (JavaPoet
     * resolves imports and wraps lines token by token), and a built {@link JavaFile} is immutable,
     * so the files render independently. The order of the result is that of {@code files}.
     */
    private static List<GeneratedSource> render(List<Unrendered> files) {
        return files.parallelStream()
                .map(file -> new GeneratedSource(
                        file.path(),
                        ShortForms.shorten(BlankLines.tighten(file.file().toString()))))
                .toList();
    }

    /** A source file built but not yet turned into text. */
    private record Unrendered(String path, JavaFile file) {}

    private static Unrendered file(ClassName name, TypeSpec type, String header) {
        JavaFile file = JavaFile.builder(name.packageName(), type)
                .addFileComment("$L", header)
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
        return new Unrendered(path(name.packageName(), name.simpleName()), file);
    }

    private static String path(String packageName, String simpleName) {
        return packageName.replace('.', '/') + "/" + simpleName + ".java";
    }

    /** The header line: the spec's file name only, no path or time, so output is the same everywhere. */
    public static String header(String specName) {
        String safe = specName.replaceAll("[\\p{Cntrl}]", "?");
        return "Generated by Specpoet from " + safe + ". Do not edit.";
    }
}
