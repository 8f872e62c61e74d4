package dev.specpoet.conformance;

import java.util.List;
import java.util.Optional;

/**
 * How a spec's examples fared when decoded into the generated types and encoded back.
 *
 * @param checked the examples with a Java type to decode into (M)
 * @param roundTripped those that came back as they went in (N of M)
 * @param specFaults those that break their own schema, the spec's fault; they did not round-trip
 * @param mismatches those that keep to their schema and still did not round-trip: generator bugs
 * @param notApplicable examples the client has no JSON type for (XML bodies, webhooks with inline
 *     schemas, external values)
 * @param seconds wall time spent loading the client's classes and round-tripping
 */
public record RoundTrips(
        int checked,
        int roundTripped,
        List<ExampleFailure> specFaults,
        List<ExampleFailure> mismatches,
        int notApplicable,
        double seconds) {

    /** No examples looked at: the client was not compiled, or not loaded. */
    public static final RoundTrips NONE = new RoundTrips(0, 0, List.of(), List.of(), 0, 0);

    public RoundTrips {
        specFaults = List.copyOf(specFaults);
        mismatches = List.copyOf(mismatches);
        if (roundTripped + specFaults.size() + mismatches.size() != checked) {
            throw new IllegalArgumentException("Round-tripped, faults and mismatches must add up to " + checked);
        }
    }

    public Optional<ExampleFailure> firstMismatch() {
        return mismatches.stream().findFirst();
    }
}
