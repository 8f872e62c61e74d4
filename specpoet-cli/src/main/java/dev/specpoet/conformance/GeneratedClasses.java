package dev.specpoet.conformance;

import java.util.Map;

/**
 * Loads one client's classes, which javac just compiled, from memory; everything else (the JDK,
 * Jackson, the runtime library) from the runner's own class loader.
 * Each client gets a loader of its own, so two clients' classes of the same name never meet.
 */
final class GeneratedClasses extends ClassLoader {
    private final Map<String, byte[]> classes;

    GeneratedClasses(Map<String, byte[]> classes) {
        super("specpoet-conformance-client", GeneratedClasses.class.getClassLoader());
        this.classes = classes;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }
}
