package dev.specpoet.parse;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.specpoet.api.Diagnostic;
import dev.specpoet.api.GenerationException;
import dev.specpoet.api.SpecLocation;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks every {@code $ref} before Swagger Parser follows it: local pointers must exist, external
 * files must exist and, unless the user allows it, stay inside the main spec's folder (no {@code
 * ../../etc/passwd}, no absolute paths, no URLs).
 */
final class RefGuard {
    /** Values that are data, not spec structure: a {@code $ref} inside them is not a reference. */
    private static final Set<String> DATA_KEYWORDS = Set.of("example", "default", "enum", "const", "x-examples");

    /**
     * Keys whose members are names chosen by the spec's author, not keywords: there {@code x-} is
     * just the start of a name (a header called {@code x-request-id}). Everywhere else it starts an
     * extension, whose content Swagger Parser does not resolve either.
     */
    private static final Set<String> NAME_MAPS = Set.of(
            "properties",
            "patternProperties",
            "definitions",
            "$defs",
            "dependentSchemas",
            "schemas",
            "responses",
            "parameters",
            "headers",
            "requestBodies",
            "examples",
            "links",
            "callbacks",
            "pathItems",
            "securitySchemes",
            "securityDefinitions",
            "encoding",
            "variables",
            "webhooks");

    private final SourceReader reader;
    private final TreeReader trees;
    private final boolean allowOutside;

    RefGuard(SourceReader reader, TreeReader trees, boolean allowOutside) {
        this.reader = reader;
        this.trees = trees;
        this.allowOutside = allowOutside;
    }

    /** The documents reached through external references, main document first. */
    List<DocumentTree> check(DocumentTree main) throws GenerationException {
        Map<URI, DocumentTree> documents = new LinkedHashMap<>();
        documents.put(main.source().uri(), main);
        Deque<DocumentTree> pending = new ArrayDeque<>(List.of(main));
        List<Diagnostic> problems = new ArrayList<>();
        Path root = main.source().isFile() ? Path.of(main.source().uri()).getParent() : null;
        while (!pending.isEmpty()) {
            DocumentTree document = pending.pop();
            for (RefUse use : refs(document)) {
                checkRef(use, document, root, documents, pending, problems);
            }
        }
        if (problems.stream().anyMatch(Diagnostic::isError)) {
            throw new GenerationException(problems);
        }
        return List.copyOf(documents.values());
    }

    private void checkRef(
            RefUse use,
            DocumentTree document,
            Path root,
            Map<URI, DocumentTree> documents,
            Deque<DocumentTree> pending,
            List<Diagnostic> problems)
            throws GenerationException {
        String ref = use.ref();
        int hash = ref.indexOf('#');
        String target = hash < 0 ? ref : ref.substring(0, hash);
        String fragment = hash < 0 ? "" : ref.substring(hash + 1);
        if (target.isEmpty()) {
            checkPointer(document, fragment, use, problems);
            return;
        }
        boolean absolute =
                target.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") || target.startsWith("/") || target.startsWith("\\");
        if (absolute && !allowOutside) {
            problems.add(
                    Diagnostic.error(
                            "REF_OUTSIDE_SPEC_FOLDER",
                            use.location(),
                            "$ref '" + ref
                                    + "' points outside the spec's folder (absolute path or URL); allow it explicitly to follow it"));
            return;
        }
        if (!document.source().isFile() || (absolute && !target.startsWith("/") && !target.startsWith("file:"))) {
            return; // Classpath and remote documents: Swagger Parser resolves and reports these itself.
        }
        Path base = Path.of(document.source().uri()).getParent();
        Path file;
        try {
            file = target.startsWith("file:")
                    ? Path.of(URI.create(target))
                    : base.resolve(decode(target)).normalize();
        } catch (IllegalArgumentException e) { // bad %-escapes, NUL and other characters no path holds
            problems.add(Diagnostic.error(
                    "INVALID_REF", use.location(), "$ref '" + ref + "' is not a valid file reference"));
            return;
        }
        if (!allowOutside && root != null && !file.startsWith(root)) {
            problems.add(Diagnostic.error(
                    "REF_OUTSIDE_SPEC_FOLDER",
                    use.location(),
                    "$ref '" + ref + "' leaves the spec's folder; allow it explicitly to follow it"));
            return;
        }
        DocumentTree referenced = documents.get(file.toUri());
        if (referenced == null) {
            try {
                referenced = trees.read(reader.readFile(file));
            } catch (GenerationException e) {
                String reason = e.errors().isEmpty()
                        ? e.getMessage()
                        : e.errors().get(0).message();
                problems.add(Diagnostic.error(
                        "REF_FILE_UNREADABLE", use.location(), "$ref '" + ref + "' cannot be followed: " + reason));
                return;
            }
            documents.put(file.toUri(), referenced);
            pending.push(referenced);
        }
        checkPointer(referenced, fragment, use, problems);
    }

    private static void checkPointer(DocumentTree document, String fragment, RefUse use, List<Diagnostic> problems) {
        if (fragment.isEmpty()) {
            return;
        }
        try {
            String pointer = decode(fragment);
            if (!pointer.startsWith("/")
                    || document.root().at(JsonPointer.compile(pointer)).isMissingNode()) {
                problems.add(Diagnostic.error(
                        "DANGLING_REF",
                        use.location(),
                        "$ref '" + use.ref() + "' points to nothing in "
                                + document.source().displayName()));
            }
        } catch (IllegalArgumentException e) {
            problems.add(Diagnostic.error(
                    "DANGLING_REF", use.location(), "$ref '" + use.ref() + "' is not a valid JSON pointer"));
        }
    }

    private static String decode(String text) {
        return text.indexOf('%') < 0 ? text : URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** A {@code $ref} string and where it was written. */
    private record RefUse(String ref, SpecLocation location) {}

    /** A node still to visit, with its location. */
    private record Frame(JsonNode node, SpecLocation location) {}

    private static List<RefUse> refs(DocumentTree document) {
        List<RefUse> found = new ArrayList<>();
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(document.root(), SpecLocation.of(document.source().displayName())));
        while (!stack.isEmpty()) {
            Frame frame = stack.pop();
            JsonNode node = frame.node();
            if (node.isObject()) {
                JsonNode ref = node.get("$ref");
                if (ref != null && ref.isTextual()) {
                    found.add(new RefUse(ref.textValue(), frame.location().child("$ref")));
                }
                boolean exampleObject = frame.location().pointer().matches(".*/examples/[^/]+");
                String pointer = frame.location().pointer();
                boolean names = NAME_MAPS.contains(pointer.substring(pointer.lastIndexOf('/') + 1));
                List<Frame> children = new ArrayList<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    boolean data = DATA_KEYWORDS.contains(field.getKey())
                            || exampleObject && field.getKey().equals("value")
                            || !names && field.getKey().startsWith("x-");
                    if (!data && field.getValue().isContainerNode()) {
                        children.add(
                                new Frame(field.getValue(), frame.location().child(field.getKey())));
                    }
                }
                // Pushed last first, so references are found (and reported) in document order.
                for (int i = children.size() - 1; i >= 0; i--) {
                    stack.push(children.get(i));
                }
            } else if (node.isArray()) {
                for (int i = node.size() - 1; i >= 0; i--) {
                    if (node.get(i).isContainerNode()) {
                        stack.push(new Frame(node.get(i), frame.location().child(Integer.toString(i))));
                    }
                }
            }
        }
        return found;
    }
}
