package dev.specpoet.write;

import dev.specpoet.api.GenerationException;
import dev.specpoet.api.SpecLocation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Checks that a generated file's relative path is a plain, portable path inside the output folder. */
final class SafePaths {
    /** Most file systems limit a name to 255 bytes. */
    static final int MAX_NAME_BYTES = 255;

    private SafePaths() {}

    static Path resolve(Path root, String relative) throws GenerationException {
        if (relative.isEmpty() || relative.startsWith("/") || relative.contains("\\") || hasDrivePrefix(relative)) {
            throw refuse(relative, "not a relative path");
        }
        for (String segment : relative.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw refuse(relative, "empty, '.' or '..' segment");
            }
            if (segment.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
                throw refuse(relative, "a name longer than " + MAX_NAME_BYTES + " bytes");
            }
            for (int i = 0; i < segment.length(); i++) {
                char c = segment.charAt(i);
                if (c < 0x20 || c == 0x7f || "<>:\"|?*".indexOf(c) >= 0) {
                    throw refuse(relative, "a character file systems do not allow");
                }
            }
        }
        Path resolved = root.resolve(relative).normalize();
        if (!resolved.startsWith(root)) {
            throw refuse(relative, "it leaves the output folder");
        }
        return resolved;
    }

    /**
     * {@code C:} and the like: absolute on Windows. Checked by hand, not with a regular expression:
     * the up-to-date check resolves every file of the output, and compiling a pattern for each costs
     * a fresh JVM more than the rest of the check.
     */
    private static boolean hasDrivePrefix(String relative) {
        if (relative.length() < 2 || relative.charAt(1) != ':') {
            return false;
        }
        char drive = relative.charAt(0);
        return drive >= 'A' && drive <= 'Z' || drive >= 'a' && drive <= 'z';
    }

    private static GenerationException refuse(String relative, String reason) {
        return GenerationException.of(
                "UNSAFE_OUTPUT_PATH", SpecLocation.of(relative), "refusing to write '" + relative + "': " + reason);
    }
}
