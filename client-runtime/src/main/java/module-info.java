/**
 * The Specpoet runtime: what every generated client calls. Its one exported package is the API
 * (see its package documentation); the plumbing behind it is package-private, so no caller, on the
 * class path or the module path, can come to depend on it.
 */
module dev.specpoet.runtime {
    requires transitive java.net.http;
    requires transitive com.fasterxml.jackson.databind;
    // Generated clients mark what may be null with its @Nullable: their builds get it from here.
    requires transitive org.jspecify;
    requires com.fasterxml.jackson.datatype.jsr310;

    exports dev.specpoet.runtime;

    // Jackson binds the runtime's own records (error bodies, OAuth token responses) by reflection.
    opens dev.specpoet.runtime to
            com.fasterxml.jackson.databind;
}
