package dev.specpoet.maven;

import dev.specpoet.api.Diagnostic;
import dev.specpoet.api.GenerationListener;
import java.util.Set;
import org.apache.maven.plugin.logging.Log;

/**
 * Sends the generator's diagnostics to Maven's log: warnings as warnings, the summary of API changes
 * and accepted breaking changes as info, other notes at debug level.
 */
final class LogListener implements GenerationListener {
    /** The notes of a spec update a build engineer wants to see on every build. */
    private static final Set<String> SHOWN_NOTES =
            Set.of("API_CHANGES", "BREAKING_CHANGE_ACCEPTED", "ACCEPTED_CHANGE_UNUSED");

    private final Log log;

    LogListener(Log log) {
        this.log = log;
    }

    @Override
    public void diagnostic(Diagnostic diagnostic) {
        switch (diagnostic.severity()) {
            case ERROR -> log.error(diagnostic.toString());
            case WARNING -> log.warn(diagnostic.toString());
            // The summary of a spec update is what a build engineer wants to see on every build.
            default -> {
                if (SHOWN_NOTES.contains(diagnostic.code())) {
                    log.info(diagnostic.toString());
                } else {
                    log.debug(diagnostic.toString());
                }
            }
        }
    }

    @Override
    public void stageFinished(String stage, long nanos) {
        if (log.isDebugEnabled()) {
            log.debug(String.format("Specpoet: %s took %d ms", stage, nanos / 1_000_000));
        }
    }
}
