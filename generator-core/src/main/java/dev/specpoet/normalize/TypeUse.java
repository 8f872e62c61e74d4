package dev.specpoet.normalize;

import dev.specpoet.model.ScalarType;
import dev.specpoet.model.TypeRef;

/** A type as used in one place, with whether that place allows JSON null. */
record TypeUse(TypeRef type, boolean nullable) {
    static final TypeUse ANY = new TypeUse(ScalarType.ANY, false);

    TypeUse orNullable(boolean alsoNullable) {
        return alsoNullable && !nullable ? new TypeUse(type, true) : this;
    }
}
