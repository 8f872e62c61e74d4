package dev.specpoet.samples.apikeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.cfg.PackageVersion;
import java.util.Map;

/**
 * What a record does with JSON properties its schema does not declare, by Jackson version: from
 * 2.15 they are kept in {@code additionalProperties()}; 2.13 and 2.14 cannot hand them to a
 * record's constructor, so they are dropped and decoding still succeeds (the README states this).
 * The {@code jackson-oldest} build profile runs these tests on 2.13.
 */
final class UndeclaredProperties {
    private UndeclaredProperties() {}

    /** Whether the Jackson on the class path keeps undeclared properties of records. */
    static boolean kept() {
        // Major and minor only: Version.compareTo orders by group and artifact id first.
        Version version = PackageVersion.VERSION;
        return version.getMajorVersion() > 2 || version.getMajorVersion() == 2 && version.getMinorVersion() >= 15;
    }

    /** Asserts that {@code name} was kept with {@code value}, or, before 2.15, that nothing was. */
    static void assertKept(Map<String, Object> additional, String name, Object value) {
        if (kept()) {
            assertThat(additional).containsEntry(name, value);
        } else {
            assertDropped(additional);
        }
    }

    /** Asserts that {@code name} was kept, whatever its value, or, before 2.15, that nothing was. */
    static void assertKept(Map<String, Object> additional, String name) {
        if (kept()) {
            assertThat(additional).containsKey(name);
        } else {
            assertDropped(additional);
        }
    }

    private static void assertDropped(Map<String, Object> additional) {
        assertThat(additional)
                .as("Jackson %s drops undeclared properties of records", PackageVersion.VERSION)
                .isEmpty();
    }
}
