package dev.specpoet.state;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The fingerprint of the last successful run into one output folder, kept in a state folder
 * (under {@code target/} in Maven builds). Each output folder has its own file, so several
 * executions in one module do not disturb each other.
 */
public final class RunState {
    private final Path file;

    private RunState(Path file) {
        this.file = file;
    }

    /** The state of runs into {@code outputDirectory}, kept in {@code stateDirectory}. */
    public static RunState of(Path stateDirectory, Path outputDirectory) {
        String output = outputDirectory.toAbsolutePath().normalize().toString();
        String name = outputDirectory.toAbsolutePath().normalize().getFileName() + "-"
                + Integer.toHexString(output.hashCode()) + ".fingerprint";
        return new RunState(stateDirectory.resolve(name));
    }

    /** The fingerprint of the last successful run, if there was one. */
    public Optional<RunFingerprint> last() {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            String hex = Files.readString(file, StandardCharsets.UTF_8).trim();
            return hex.isEmpty() ? Optional.empty() : Optional.of(new RunFingerprint(hex));
        } catch (IOException e) {
            // An unreadable state only costs a regeneration.
            return Optional.empty();
        }
    }

    /** Records a successful run; written atomically so a crash leaves the old state or the new. */
    public void record(RunFingerprint fingerprint) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, fingerprint.hex() + "\n", StandardCharsets.UTF_8);
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Forgets the last run, so the next one regenerates. */
    public void forget() throws IOException {
        Files.deleteIfExists(file);
    }
}
