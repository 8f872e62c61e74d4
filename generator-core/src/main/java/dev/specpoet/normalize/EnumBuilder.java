package dev.specpoet.normalize;

import dev.specpoet.api.SpecLocation;
import dev.specpoet.model.EnumDef;
import dev.specpoet.model.JsonValue;
import dev.specpoet.model.NameHint;
import dev.specpoet.model.ScalarType.Scalar;
import dev.specpoet.model.SchemaId;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds an {@link EnumDef} from an enum schema, with the constant names and descriptions that the
 * {@code x-enum-varnames} and {@code x-enum-descriptions} extensions suggest.
 */
final class EnumBuilder {
    private EnumBuilder() {}

    static EnumDef build(SchemaId id, Schema<?> schema, NameHint hint, SpecLocation location) {
        Scalar base = ShapeClassifier.enumBase(schema);
        List<String> names = extensionList(schema, "x-enum-varnames", "x-enumNames");
        List<String> descriptions = extensionList(schema, "x-enum-descriptions", "x-enumDescriptions");
        List<EnumDef.EnumValue> values = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<?> raw = schema.getEnum();
        for (int i = 0; i < raw.size(); i++) {
            Object value = raw.get(i);
            if (value == null) {
                continue;
            }
            JsonValue json = JsonValues.of(value);
            if (base == Scalar.STRING && !(json instanceof JsonValue.Text)) {
                json = new JsonValue.Text(new EnumDef.EnumValue(json, Optional.empty(), Optional.empty()).text());
            }
            EnumDef.EnumValue enumValue = new EnumDef.EnumValue(json, element(names, i), element(descriptions, i));
            if (seen.add(enumValue.text())) {
                values.add(enumValue);
            }
        }
        return new EnumDef(
                id,
                hint,
                Optional.ofNullable(schema.getTitle()),
                Optional.ofNullable(schema.getDescription()),
                SchemaReader.isTrue(schema.getDeprecated()),
                base,
                values,
                location,
                JsonValues.extensions(schema.getExtensions()));
    }

    private static List<String> extensionList(Schema<?> schema, String... keys) {
        Map<String, Object> extensions = schema.getExtensions();
        if (extensions == null) {
            return List.of();
        }
        for (String key : keys) {
            if (extensions.get(key) instanceof List<?> list) {
                return list.stream()
                        .map(item -> item == null ? "" : item.toString())
                        .toList();
            }
        }
        return List.of();
    }

    private static Optional<String> element(List<String> list, int index) {
        return index < list.size() && !list.get(index).isBlank() ? Optional.of(list.get(index)) : Optional.empty();
    }
}
