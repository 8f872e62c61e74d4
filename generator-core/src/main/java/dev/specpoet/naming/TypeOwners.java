package dev.specpoet.naming;

import dev.specpoet.model.NamedType;
import dev.specpoet.model.Operation;
import dev.specpoet.model.SchemaDef;
import dev.specpoet.model.SchemaId;
import dev.specpoet.model.UnionDef;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each inline schema's type is declared: nested in the type of the closest schema around its
 * definition ({@code Customer.Address} for {@code /components/schemas/Customer/properties/address}),
 * or, for an operation's inline bodies, parameters and headers, nested in its API class. Component
 * schemas, and inline ones with no type or operation around them (say, the items of a component that
 * is an array, or a path-level parameter shared by several operations), stay top-level.
 *
 * <p>An operation's inline union with a component among its variants stays in the model package,
 * which its sealed interface must share with them.
 *
 * <p>The owner is read from the definition's JSON pointer, so nesting follows the spec's layout and
 * never forms a cycle (an owner's pointer is always a strict prefix of its member's).
 */
final class TypeOwners {
    private final Map<SchemaId, SchemaId> byDefinition = new LinkedHashMap<>();
    private final Map<SchemaId, Operation> byOperation = new LinkedHashMap<>();

    TypeOwners(List<SchemaDef> definitions, List<Operation> operations) {
        Map<String, SchemaId> definitionsAt = new HashMap<>();
        definitions.forEach(definition -> definitionsAt.put(definition.id().pointer(), definition.id()));
        Map<String, Operation> operationsAt = new HashMap<>();
        operations.forEach(
                operation -> operationsAt.putIfAbsent(operation.location().pointer(), operation));
        for (SchemaDef definition : definitions) {
            if (definition.nameHint().component()) {
                continue;
            }
            String pointer = definition.id().pointer();
            for (int slash = pointer.lastIndexOf('/'); slash > 0; slash = pointer.lastIndexOf('/', slash - 1)) {
                String prefix = pointer.substring(0, slash);
                SchemaId owner = definitionsAt.get(prefix);
                if (owner != null) {
                    byDefinition.put(definition.id(), owner);
                    break;
                }
                Operation operation = operationsAt.get(prefix);
                if (operation != null) {
                    byOperation.put(definition.id(), operation);
                    break;
                }
            }
        }
        // Once every definition's owner is known: a union's variants come after it in the model.
        for (SchemaDef definition : definitions) {
            // A class implementing an interface nested in another class depends on that class's
            // members; two such classes (Stripe's expandable fields: IssuingDispute.Transaction =
            // anyOf [string, IssuingTransaction] and back) make javac report cyclic inheritance. A
            // union nests only when every variant implementing it is nested inside it.
            if (definition instanceof UnionDef union && !variantsInside(union)) {
                byDefinition.remove(union.id());
            }
        }
        for (SchemaDef definition : definitions) {
            if (definition instanceof UnionDef union && byOperation.containsKey(union.id()) && !variantsInside(union)) {
                byOperation.remove(union.id());
            }
        }
    }

    /**
     * True when every variant of a union that implements its sealed interface is nested inside it:
     * a sealed interface's permitted classes must share its package, so a union with a model of the
     * model package among its variants cannot move into an API class.
     */
    private boolean variantsInside(UnionDef union) {
        for (UnionDef.Variant variant : union.variants()) {
            if (variant.type() instanceof NamedType named && !isInside(named.id(), union.id())) {
                return false;
            }
        }
        return true;
    }

    private boolean variantEnclosesIt(UnionDef union) {
        for (UnionDef.Variant variant : union.variants()) {
            if (variant.type() instanceof NamedType named && isInside(union.id(), named.id())) {
                return true;
            }
        }
        return false;
    }

    private boolean isInside(SchemaId id, SchemaId container) {
        for (SchemaId owner = byDefinition.get(id); owner != null; owner = byDefinition.get(owner)) {
            if (owner.equals(container)) {
                return true;
            }
        }
        return false;
    }

    /** The type this definition's type is nested in, when another schema's type holds it. */
    Optional<SchemaId> definitionOwner(SchemaId id) {
        return Optional.ofNullable(byDefinition.get(id));
    }

    /** The operation whose API class holds this definition's type, when one does. */
    Optional<Operation> operationOwner(SchemaId id) {
        return Optional.ofNullable(byOperation.get(id));
    }
}
