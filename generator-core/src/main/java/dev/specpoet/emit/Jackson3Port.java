package dev.specpoet.emit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Ports Java source written against Jackson 2 to Jackson 3 ({@code tools.jackson}), so the runtime
 * has one source and its Jackson 3 edition is derived from it, never kept by hand.
 *
 * <p>The port is a table of mechanical renames: the {@code core} and {@code databind} packages,
 * and the types and {@code JsonNode} methods Jackson 3 renamed without changing what they do.
 * Annotations stay in {@code com.fasterxml.jackson.annotation}: Jackson 3 still uses them. A class
 * whose code truly differs (building a mapper, contextual serializers, checked versus unchecked
 * exceptions) is not ported: a whole-file overlay replaces it, next to the runtime in {@code
 * client-runtime/src/jackson3/java}.
 *
 * <p>This class uses the JDK only, because the build also runs it as a single source file ({@code
 * java Jackson3Port.java from overlays to}) to produce the {@code client-runtime-jackson3} module's
 * sources and tests, before anything of this project is compiled.
 */
public final class Jackson3Port {
    private static final List<Rename> RENAMES = List.of(
            new Rename("\\bcom\\.fasterxml\\.jackson\\.core\\.", "tools.jackson.core."),
            new Rename("\\bcom\\.fasterxml\\.jackson\\.databind\\.", "tools.jackson.databind."),
            new Rename("\\bJsonProcessingException\\b", "JacksonException"),
            new Rename("\\bJsonMappingException\\b", "DatabindException"),
            new Rename("\\bJsonSerializer\\b", "ValueSerializer"),
            new Rename("\\bJsonDeserializer\\b", "ValueDeserializer"),
            new Rename("\\bSerializerProvider\\b", "SerializationContext"),
            new Rename("\\.isTextual\\(\\)", ".isString()"),
            new Rename("\\.textValue\\(\\)", ".stringValue()"),
            new Rename("\\.asText\\(", ".asString("),
            new Rename("\\.fieldNames\\(\\)", ".propertyNames().iterator()"),
            new Rename("\\.isContainerNode\\(\\)", ".isContainer()"),
            new Rename("\\.textNode\\(", ".stringNode("),
            new Rename("\\.getConfig\\(\\)\\.introspect\\(", ".introspectBeanDescription("),
            // Jackson 3's exceptions are unchecked: what decodes with a context declares none.
            new Rename("(DeserializationContext \\w+\\)) throws IOException", "$1"),
            // ...so a decoding failure caught with the runtime exceptions of a conversion is Jackson's own.
            new Rename(
                    "catch \\(IOException \\| IllegalArgumentException",
                    "catch (tools.jackson.core.JacksonException | IllegalArgumentException"));

    private Jackson3Port() {}

    /** Applies the renames to one source text. */
    public static String port(String source) {
        String ported = source;
        for (Rename rename : RENAMES) {
            ported = rename.apply(ported);
        }
        return ported;
    }

    /**
     * Ports every {@code .java} file under {@code from} into {@code to}, at the same relative path;
     * a file that also exists under {@code overlays} is copied from there instead, unchanged.
     */
    public static void portTree(Path from, Path overlays, Path to) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(path -> path.toString().endsWith(".java"))
                    .sorted()
                    .toList();
        }
        for (Path file : files) {
            Path relative = from.relativize(file);
            Path overlay = overlays.resolve(relative.toString());
            String text = Files.isRegularFile(overlay)
                    ? Files.readString(overlay, StandardCharsets.UTF_8)
                    : port(Files.readString(file, StandardCharsets.UTF_8));
            Path target = to.resolve(relative.toString());
            Files.createDirectories(target.getParent());
            if (!Files.isRegularFile(target)
                    || !Files.readString(target, StandardCharsets.UTF_8).equals(text)) {
                Files.writeString(target, text, StandardCharsets.UTF_8);
            }
        }
    }

    /**
     * Runs {@link #portTree} for each triple of arguments: {@code from overlays to}. Used by the build
     * of the {@code client-runtime-jackson3} module.
     */
    public static void main(String[] args) {
        if (args.length == 0 || args.length % 3 != 0) {
            throw new IllegalArgumentException(
                    "usage: Jackson3Port <from> <overlays> <to> [<from> <overlays> <to>...]");
        }
        try {
            for (int i = 0; i < args.length; i += 3) {
                portTree(Path.of(args[i]), Path.of(args[i + 1]), Path.of(args[i + 2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One mechanical rename: every match of a pattern becomes the replacement ({@code $1}: a group). */
    private record Rename(Pattern pattern, String replacement) {
        Rename(String regex, String replacement) {
            this(Pattern.compile(regex), replacement);
        }

        String apply(String text) {
            return pattern.matcher(text).replaceAll(replacement);
        }
    }
}
