/**
 * The Specpoet runtime on Jackson 3: what every client generated with {@code jackson=3} calls. The
 * same API as the Jackson 2 edition, in the same package, so a client moves between the two by
 * regeneration alone; an application uses one edition.
 */
@SuppressWarnings("module") // The name ends in a digit on purpose: it says which Jackson.
module dev.specpoet.runtime.jackson3 {
    requires transitive java.net.http;
    requires transitive tools.jackson.databind;
    // Generated clients mark what may be null with its @Nullable: their builds get it from here.
    requires transitive org.jspecify;

    exports dev.specpoet.runtime;

    // Jackson binds the runtime's own records (error bodies, OAuth token responses) by reflection.
    opens dev.specpoet.runtime to
            tools.jackson.databind;
}
