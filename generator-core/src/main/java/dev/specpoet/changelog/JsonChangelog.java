package dev.specpoet.changelog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.specpoet.api.SpecLocation;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Renders a changelog as JSON for tools. The format is stable: fields are only ever added, and a
 * change that removes or redefines one raises {@code format}. The same changelog always gives the
 * same text.
 *
 * <pre>{@code
 * {
 *   "format": 1,
 *   "spec": "keys-v2.yaml",                  // the new spec
 *   "verdict": "major",                      // major | minor | patch
 *   "counts": {
 *     "total": 9, "breaksCompile": 3, "breaksAtRunTime": 2, "compatible": 4,
 *     "accepted": 1, "added": 4, "removed": 3, "changed": 2
 *   },
 *   "apiClasses": [ { "name": "DefaultApi", "changes": [ CHANGE... ] } ],
 *   "models":     [ { "name": "Key",        "changes": [ CHANGE... ] } ]
 * }
 * CHANGE:
 * {
 *   "element": "parameter",        // method | endpoint | signature | parameter | request-body | return-type
 *                                  // | exception | model | property | enum-value | union-variant
 *   "subject": "DefaultApi.deleteKey",  // what an allow-list entry names
 *   "name": "force",               // the element's own name
 *   "change": "added",             // added | removed | changed
 *   "summary": "added (boolean, required)",
 *   "compatibility": "breaks-compile",  // breaks-compile | breaks-at-run-time | compatible
 *   "accepted": false,
 *   "location": {                  // absent when unknown; in the old spec for removals
 *     "document": "keys-v2.yaml", "pointer": "/paths/~1keys~1{id}/delete/parameters/1",
 *     "line": 17, "column": 11     // each absent when unknown
 *   }
 * }
 * }</pre>
 */
public final class JsonChangelog {
    /** The version of the format above. */
    public static final int FORMAT = 1;

    private JsonChangelog() {}

    public static String render(ApiChangelog changelog) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
            DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            json.setPrettyPrinter(pretty);
            json.writeStartObject();
            json.writeNumberField("format", FORMAT);
            json.writeStringField("spec", changelog.spec());
            json.writeStringField("verdict", changelog.verdict().id());
            counts(json, changelog);
            owners(json, "apiClasses", changelog.byOwner(true));
            owners(json, "models", changelog.byOwner(false));
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return text + "\n";
    }

    private static void counts(JsonGenerator json, ApiChangelog changelog) throws IOException {
        Map<Compatibility, Integer> compatibility = changelog.countsByCompatibility();
        Map<ChangeType, Integer> types = changelog.countsByType();
        json.writeObjectFieldStart("counts");
        json.writeNumberField("total", changelog.changes().size());
        json.writeNumberField("breaksCompile", compatibility.get(Compatibility.BREAKS_COMPILE));
        json.writeNumberField("breaksAtRunTime", compatibility.get(Compatibility.BREAKS_AT_RUN_TIME));
        json.writeNumberField("compatible", compatibility.get(Compatibility.COMPATIBLE));
        json.writeNumberField("accepted", changelog.accepted());
        json.writeNumberField("added", types.get(ChangeType.ADDED));
        json.writeNumberField("removed", types.get(ChangeType.REMOVED));
        json.writeNumberField("changed", types.get(ChangeType.CHANGED));
        json.writeEndObject();
    }

    private static void owners(JsonGenerator json, String field, Map<String, List<ApiChange>> owners)
            throws IOException {
        json.writeArrayFieldStart(field);
        for (Map.Entry<String, List<ApiChange>> owner : owners.entrySet()) {
            json.writeStartObject();
            json.writeStringField("name", owner.getKey());
            json.writeArrayFieldStart("changes");
            for (ApiChange change : owner.getValue()) {
                change(json, change);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void change(JsonGenerator json, ApiChange change) throws IOException {
        json.writeStartObject();
        json.writeStringField("element", change.element().id());
        json.writeStringField("subject", change.subject());
        json.writeStringField("name", change.name());
        json.writeStringField("change", change.type().id());
        json.writeStringField("summary", change.summary());
        json.writeStringField("compatibility", change.compatibility().id());
        json.writeBooleanField("accepted", change.accepted());
        if (change.location().isPresent()) {
            SpecLocation location = change.location().get();
            json.writeObjectFieldStart("location");
            json.writeStringField("document", location.document());
            json.writeStringField("pointer", location.pointer());
            if (location.line().isPresent()) {
                json.writeNumberField("line", location.line().getAsInt());
            }
            if (location.column().isPresent()) {
                json.writeNumberField("column", location.column().getAsInt());
            }
            json.writeEndObject();
        }
        json.writeEndObject();
    }
}
