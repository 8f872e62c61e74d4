package dev.specpoet.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.specpoet.api.Diagnostic;
import dev.specpoet.api.GenerationException;
import dev.specpoet.api.SpecLocation;
import dev.specpoet.api.SpecSource;
import io.swagger.parser.SwaggerResolver;
import io.swagger.parser.util.SwaggerDeserializationResult;
import io.swagger.parser.util.SwaggerDeserializer;
import io.swagger.v3.parser.OpenAPIResolver;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.converter.SwaggerConverter;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.swagger.v3.parser.reference.DereferencerContext;
import io.swagger.v3.parser.reference.DereferencersFactory;
import io.swagger.v3.parser.reference.OpenAPIDereferencer;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The load stage's entry point: from a {@link SpecSource} to a {@link ParsedSpec}. */
public final class SpecParser {
    private final SourceReader reader;
    private final TreeReader trees = new TreeReader();

    /** A parser that downloads remote specs on every read. */
    public SpecParser() {
        this.reader = new SourceReader();
    }

    /**
     * A parser that keeps remote specs in {@code remoteSpecCache} and, when {@code offline}, reads
     * them only from there.
     */
    public SpecParser(Optional<Path> remoteSpecCache, boolean offline) {
        this(SourceReader.of(remoteSpecCache, offline));
    }

    /** A parser that reads through {@code reader}, which may have read the main document already. */
    public SpecParser(SourceReader reader) {
        this.reader = reader;
    }

    /**
     * Reads, checks and parses a spec.
     *
     * @param allowRefsOutsideSpecFolder whether external {@code $ref}s may leave the spec's folder
     * @throws GenerationException when the document is not a usable spec, with located reasons
     */
    public ParsedSpec parse(SpecSource source, boolean allowRefsOutsideSpecFolder) throws GenerationException {
        return parse(read(source, allowRefsOutsideSpecFolder));
    }

    /**
     * Reads the spec and every document its {@code $ref}s reach, and checks the references, without
     * parsing: enough to tell whether anything changed since the last run.
     */
    public SpecDocuments read(SpecSource source, boolean allowRefsOutsideSpecFolder) throws GenerationException {
        return read(reader.read(source), allowRefsOutsideSpecFolder);
    }

    /** Like {@link #read(SpecSource, boolean)}, for a main document {@link #readSource} returned. */
    public SpecDocuments read(SourceDocument document, boolean allowRefsOutsideSpecFolder) throws GenerationException {
        DocumentTree tree = trees.read(document);
        SpecVersion version = version(tree);
        List<DocumentTree> documents = new RefGuard(reader, trees, allowRefsOutsideSpecFolder).check(tree);
        return new SpecDocuments(version, documents);
    }

    /**
     * Reads the main document's text only: to tell cheaply whether anything changed since the last
     * run, or to locate messages when reading failed further on.
     */
    public SourceDocument readSource(SpecSource source) throws GenerationException {
        return reader.read(source);
    }

    /** Reads the text of a file an earlier {@link #read} reached through a {@code $ref}. */
    public SourceDocument readReferenced(URI file) throws GenerationException {
        return reader.readReferenced(file);
    }

    /** Warnings from reading, such as a remote spec taken from the cache because the download failed. */
    public List<Diagnostic> notes() {
        return reader.notes();
    }

    /** Parses documents {@link #read} returned. */
    public ParsedSpec parse(SpecDocuments read) throws GenerationException {
        DocumentTree tree = read.main();
        SourceDocument document = tree.source();
        SpecVersion version = read.version();
        List<DocumentTree> documents = read.documents();
        List<Diagnostic> diagnostics = new ArrayList<>();
        JsonNode root = tree.root();
        if (version == SpecVersion.SWAGGER_2_0 && tree.root() instanceof ObjectNode object) {
            ObjectNode repaired = object.deepCopy();
            List<Diagnostic> repairs = NullResponseSchemas.remove(repaired, document.displayName());
            if (!repairs.isEmpty()) {
                diagnostics.addAll(repairs);
                root = repaired;
            }
        }
        SpecLocation whole = SpecLocation.of(document.displayName());
        Oas32Bridge.Bridged bridged = null;
        if (version == SpecVersion.OPENAPI_3_2) {
            bridged = Oas32Bridge.bridge(tree);
            diagnostics.addAll(bridged.diagnostics());
            if (bridged.diagnostics().stream().anyMatch(Diagnostic::isError)) {
                throw new GenerationException(diagnostics);
            }
            root = bridged.tree();
        }
        SwaggerParseResult result;
        try {
            result = swaggerParse(tree, root, version);
        } catch (RuntimeException e) { // Swagger Parser crashes on some ill-typed nodes, such as a response of `true`
            throw GenerationException.of(
                    "PARSER_FAILED",
                    whole,
                    "Swagger Parser could not read the document (" + e
                            + "); check that every node has the type the specification requires");
        }
        diagnostics.addAll(
                ParserMessages.diagnostics(result.getMessages() == null ? List.of() : result.getMessages(), tree));
        if (result.getOpenAPI() == null) {
            diagnostics.add(Diagnostic.error("SPEC_INVALID", whole, "Swagger Parser could not read the document"));
            throw new GenerationException(diagnostics);
        }
        if (version == SpecVersion.SWAGGER_2_0) {
            DefinitionRefs.rewrite(result.getOpenAPI());
        }
        List<AdditionalOperation> additional =
                bridged == null ? List.of() : takeMoved(result.getOpenAPI(), bridged, document.displayName());
        return new ParsedSpec(result.getOpenAPI(), version, documents, diagnostics, additional);
    }

    /** Takes the operations the bridge moved to synthetic paths out of the parsed model again. */
    private static List<AdditionalOperation> takeMoved(
            io.swagger.v3.oas.models.OpenAPI api, Oas32Bridge.Bridged bridged, String document) {
        List<AdditionalOperation> operations = new ArrayList<>();
        bridged.moved().entrySet().stream()
                .sorted(java.util.Comparator.comparingInt(
                        e -> Integer.parseInt(e.getKey().substring(Oas32Bridge.SYNTHETIC_PATH.length()))))
                .forEach(entry -> {
                    io.swagger.v3.oas.models.PathItem item =
                            api.getPaths() == null ? null : api.getPaths().remove(entry.getKey());
                    if (item == null || item.getPost() == null) {
                        return;
                    }
                    Oas32Bridge.Moved moved = entry.getValue();
                    SpecLocation path = SpecLocation.of(document, "/paths").child(moved.path());
                    SpecLocation location = moved.method().equals("query")
                            ? path.child("query")
                            : path.child("additionalOperations").child(moved.method());
                    operations.add(new AdditionalOperation(moved.path(), moved.method(), item.getPost(), location));
                });
        return operations;
    }

    /** Reads only as far as telling which dialect a document is in; used to sort corpora. */
    public SpecVersion detectVersion(SpecSource source) throws GenerationException {
        return version(trees.read(reader.read(source)));
    }

    static SpecVersion version(DocumentTree tree) throws GenerationException {
        JsonNode root = tree.root();
        SpecLocation location = SpecLocation.of(tree.source().displayName());
        if (!root.isObject()) {
            throw GenerationException.of("NOT_OPENAPI", location, "the document is not a YAML or JSON object");
        }
        JsonNode openapi = root.get("openapi");
        JsonNode swagger = root.get("swagger");
        if (openapi != null) {
            String text = openapi.asText();
            if (text.startsWith("3.0")) {
                return SpecVersion.OPENAPI_3_0;
            }
            if (text.startsWith("3.1")) {
                return SpecVersion.OPENAPI_3_1;
            }
            if (text.startsWith("3.2")) {
                return SpecVersion.OPENAPI_3_2;
            }
            throw GenerationException.of(
                    "UNSUPPORTED_VERSION",
                    location.child("openapi"),
                    "OpenAPI version '" + text + "' is not supported (3.0, 3.1 and 3.2 are)");
        }
        if (swagger != null) {
            if (swagger.asText().equals("2.0")) {
                return SpecVersion.SWAGGER_2_0;
            }
            throw GenerationException.of(
                    "UNSUPPORTED_VERSION",
                    location.child("swagger"),
                    "Swagger version '" + swagger.asText() + "' is not supported (2.0, OpenAPI 3.0, 3.1 and 3.2 are)");
        }
        if (root.has("swaggerVersion")) {
            throw GenerationException.of(
                    "UNSUPPORTED_VERSION",
                    location.child("swaggerVersion"),
                    "Swagger " + root.get("swaggerVersion").asText()
                            + " is not supported (2.0, OpenAPI 3.0, 3.1 and 3.2 are)");
        }
        throw GenerationException.of(
                "NOT_OPENAPI", location, "no top-level 'openapi' or 'swagger' key: not an OpenAPI or Swagger document");
    }

    /**
     * Hands Swagger Parser the tree already read, never text: reading the text a second time cost as
     * much as the rest of its parse, its own YAML reading has a 3 MB code-point limit (a published
     * spec can be larger; our limit is {@link SourceReader#MAX_BYTES}), does not expand aliases and
     * knows nothing of our repairs. Swagger Parser does not change the tree it deserializes.
     *
     * @param root the tree to parse: {@code tree}'s own, or a repaired copy
     */
    private static SwaggerParseResult swaggerParse(DocumentTree tree, JsonNode root, SpecVersion version) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(false);
        options.setFlatten(false);
        SourceDocument source = tree.source();
        // A location the parser cannot open itself (a jar entry, a URL) makes its resolvers look
        // relative references up in nothing; only files get one.
        String location = source.isFile() ? Path.of(source.uri()).toString() : null;
        if (version == SpecVersion.SWAGGER_2_0) {
            SwaggerDeserializationResult read = new SwaggerDeserializer().deserialize(root);
            if (read.getSwagger() != null) {
                read.setSwagger(new SwaggerResolver(read.getSwagger(), null, location).resolve());
            }
            return new SwaggerConverter().convert(read);
        }
        if (location != null) {
            location = location.replace('\\', '/'); // as readContents does: its resolvers take '/' only
        }
        SwaggerParseResult result = new OpenAPIV3Parser().parseJsonNode(location, root, options);
        if (result.getOpenAPI() == null) {
            return result;
        }
        // The resolution Swagger Parser's readContents runs after deserializing its own tree: 3.1
        // (and 3.2, bridged to 3.1) through its reference dereferencers, 3.0 through its resolver.
        try {
            String openapi = result.getOpenAPI().getOpenapi();
            if (openapi != null && openapi.startsWith("3.1")) {
                DereferencerContext context =
                        new DereferencerContext(result, new ArrayList<>(), location, options, null, null, true);
                List<OpenAPIDereferencer> chain =
                        DereferencersFactory.getInstance().getDereferencers();
                if (!chain.isEmpty()) {
                    chain.get(0).dereference(context, chain.iterator());
                }
            } else {
                new OpenAPIResolver(result.getOpenAPI(), new ArrayList<>(), location, null, options).resolve(result);
            }
        } catch (RuntimeException e) { // as readContents: a resolver failure becomes a message
            List<String> messages = new ArrayList<>(result.getMessages() == null ? List.of() : result.getMessages());
            messages.add(String.valueOf(e.getMessage()));
            result.setMessages(messages);
        }
        return result;
    }
}
