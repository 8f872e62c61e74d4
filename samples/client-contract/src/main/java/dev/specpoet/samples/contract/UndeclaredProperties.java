package dev.specpoet.samples.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

/**
 * What a record does with JSON properties its schema does not declare, by Jackson version: from
 * 2.15 (and in Jackson 3) they are kept in {@code additionalProperties()}; 2.13 and 2.14 cannot hand
 * them to a record's constructor, so they are dropped and decoding still succeeds (the README
 * states this). The {@code jackson-oldest} build profile runs the samples on 2.13.
 *
 * <p>Jackson 2's version is read by reflection: this module is shared with the Jackson 3 sample,
 * which has no Jackson 2 databind.
 */
public final class UndeclaredProperties {
    private UndeclaredProperties() {}

    /** Whether the Jackson the client binds with keeps undeclared properties of records. */
    public static boolean kept() {
        try {
            Object version = Class.forName("com.fasterxml.jackson.databind.cfg.PackageVersion")
                    .getField("VERSION")
                    .get(null);
            int major = (int) version.getClass().getMethod("getMajorVersion").invoke(version);
            int minor = (int) version.getClass().getMethod("getMinorVersion").invoke(version);
            return major > 2 || major == 2 && minor >= 15;
        } catch (ClassNotFoundException e) {
            return true; // Jackson 3 alone.
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("Cannot read Jackson's version", e);
        }
    }

    /** Asserts that {@code name} was kept with {@code value}, or, before 2.15, that nothing was. */
    public static <V> void assertKeptEntry(Map<String, V> additional, String name, V value) {
        if (kept()) {
            assertThat(additional).containsEntry(name, value);
        } else {
            assertDropped(additional);
        }
    }

    /** Asserts that each of {@code names} was kept, whatever its value, or, before 2.15, that nothing was. */
    public static void assertKeptKeys(Map<String, ?> additional, String... names) {
        if (kept()) {
            assertThat(additional).containsKeys(names);
        } else {
            assertDropped(additional);
        }
    }

    private static void assertDropped(Map<String, ?> additional) {
        assertThat(additional)
                .as("Jackson before 2.15 drops undeclared properties of records")
                .isEmpty();
    }
}
