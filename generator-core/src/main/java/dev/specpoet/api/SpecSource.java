package dev.specpoet.api;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/** Where a spec comes from: a file, a classpath resource, a URL or a bundled provider id. */
public sealed interface SpecSource {

    /** A short name for messages and generated headers: the file name, never an absolute path. */
    String displayName();

    static SpecSource file(Path path) {
        return new File(path);
    }

    static SpecSource classpath(String resource) {
        return new Classpath(resource, Thread.currentThread().getContextClassLoader());
    }

    static SpecSource classpath(String resource, ClassLoader loader) {
        return new Classpath(resource, loader);
    }

    static SpecSource url(URI uri) {
        return new Url(uri);
    }

    static SpecSource provider(String id) {
        return new Provider(id);
    }

    /** A spec file on disk; external {@code $ref}s resolve against its folder. */
    record File(Path path) implements SpecSource {
        public File {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String displayName() {
            Path name = path.getFileName();
            return name == null ? path.toString() : name.toString();
        }
    }

    /** A classpath resource such as {@code specs/petstore.yaml}, looked up with {@code loader}. */
    record Classpath(String resource, ClassLoader loader) implements SpecSource {
        public Classpath {
            Objects.requireNonNull(resource, "resource");
            Objects.requireNonNull(loader, "loader");
            resource = resource.startsWith("/") ? resource.substring(1) : resource;
        }

        @Override
        public String displayName() {
            return resource.substring(resource.lastIndexOf('/') + 1);
        }
    }

    /** A {@code file:}, {@code http:} or {@code https:} URL. */
    record Url(URI uri) implements SpecSource {
        public Url {
            Objects.requireNonNull(uri, "uri");
        }

        @Override
        public String displayName() {
            String path = uri.getPath() == null ? "" : uri.getPath();
            String name = path.substring(path.lastIndexOf('/') + 1);
            if (name.isEmpty()) {
                name = uri.getHost();
            }
            // An opaque URI such as "file:spec.yaml" has neither path nor host.
            return name == null || name.isEmpty() ? uri.toString() : name;
        }
    }

    /** A spec bundled with Specpoet, by id (for example {@code adyen-management-v3}). */
    record Provider(String id) implements SpecSource {
        public Provider {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public String displayName() {
            return id;
        }
    }
}
