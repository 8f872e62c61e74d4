package dev.specpoet.conformance;

import java.util.Objects;
import java.util.Optional;

/** What an example in a spec is an example of: an operation's body, a component schema, or nothing the client has a type for. */
sealed interface ExampleTarget {

    /**
     * A request or response body of an operation under {@code paths}.
     *
     * @param method lower case, as the spec writes it
     * @param status the response key; empty for the request body
     * @param mediaType the media type the example is given for; empty for a Swagger 2.0 schema
     *     example, which is for every media type the operation produces or consumes
     */
    record Body(String path, String method, Optional<String> status, Optional<String> mediaType)
            implements ExampleTarget {
        public Body {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(mediaType, "mediaType");
        }
    }

    /**
     * A component schema, by its name: an example of the schema itself, or of a body outside {@code
     * paths} (a webhook, an unreferenced component response) whose schema is a reference to it.
     */
    record Schema(String name) implements ExampleTarget {
        public Schema {
            Objects.requireNonNull(name, "name");
        }
    }

    /** An example the client has no JSON type for; the reason says why. */
    record NotApplicable(String reason) implements ExampleTarget {
        public NotApplicable {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
