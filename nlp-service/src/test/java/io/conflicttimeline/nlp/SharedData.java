package io.conflicttimeline.nlp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Locates the shared evaluation data (never copied into the repository): CT_SHARED_DATA (system property or
 * environment), else the first {@code shared/data} folder above the working directory ({@code ../shared} beside the
 * repository in a checkout and in CI).
 */
public final class SharedData {

    private SharedData() {
    }

    public static Optional<Path> dir() {
        String configured = System.getProperty("CT_SHARED_DATA", System.getenv("CT_SHARED_DATA"));
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured));
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The file or folder below the shared data, or empty after printing why the caller's measurement is skipped. */
    public static Optional<Path> resolve(String relative, String caller) {
        Optional<Path> found = dir().map(d -> d.resolve(relative)).filter(Files::exists);
        if (found.isEmpty()) {
            System.out.println("[" + caller + "] skipped: shared/data/" + relative
                    + " not found (set CT_SHARED_DATA or place shared/data next to the repository)");
        }
        return found;
    }
}
