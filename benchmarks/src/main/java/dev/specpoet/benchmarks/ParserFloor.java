package dev.specpoet.benchmarks;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.converter.SwaggerConverter;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Swagger Parser alone, called as Specpoet's parse stage calls it (resolve on, resolve fully and
 * flatten off; Swagger 2.0 through its converter), file reading included: no generator built on
 * it can be faster, which makes it the floor Specpoet's total is measured against.
 */
final class ParserFloor {
    private ParserFloor() {}

    /** Parses the spec once and returns the wall time in nanoseconds. */
    static long time(BenchSpec spec) throws IOException {
        long start = System.nanoTime();
        SwaggerParseResult result = parse(spec.file(), spec.isSwagger2());
        long nanos = System.nanoTime() - start;
        if (result.getOpenAPI() == null) {
            throw new IllegalStateException(
                    "Swagger Parser could not read " + spec.name() + ": " + result.getMessages());
        }
        return nanos;
    }

    private static SwaggerParseResult parse(Path file, boolean swagger2) throws IOException {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(false);
        options.setFlatten(false);
        String text = Files.readString(file);
        String location = file.toAbsolutePath().toString();
        if (swagger2) {
            return new SwaggerConverter().readLocation(location, null, options);
        }
        return new OpenAPIV3Parser().readContents(text, null, options, location);
    }
}
