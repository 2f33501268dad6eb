package io.conflicttimeline.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/** Renders the overlays under deploy/k8s with {@code kubectl kustomize}, from a scratch copy of the tree. */
final class Kustomize {

    private static final Map<String, RenderedManifests> RENDERED = new ConcurrentHashMap<>();
    private static volatile String unavailableReason;
    private static volatile boolean probed;
    private static volatile boolean skipReported;

    private Kustomize() {
    }

    /** The kubectl binary; -Ddeploy.kubectl=/path/to/kubectl when it is not on the PATH. */
    private static String kubectl() {
        return System.getProperty("deploy.kubectl", "kubectl");
    }

    static Path k8sDir() {
        return Path.of(System.getProperty("deploy.k8s.dir", "k8s")).toAbsolutePath().normalize();
    }

    static Path repoRoot() {
        return Path.of(System.getProperty("repo.root", "..")).toAbsolutePath().normalize();
    }

    static String projectVersion() {
        String version = System.getProperty("project.version");
        if (version == null || version.isBlank() || version.contains("${")) {
            throw new IllegalStateException("system property project.version is not set: run the tests through Maven "
                    + "(surefire passes the pom's version), e.g. ./mvnw -f deploy/pom.xml verify");
        }
        return version;
    }

    static List<String> overlays() {
        try (Stream<Path> dirs = Files.list(k8sDir().resolve("overlays"))) {
            return dirs.filter(Files::isDirectory).map(dir -> dir.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Skips the calling test, with the reason on stdout, when kubectl cannot render here. */
    static void assumeAvailable() {
        String reason = unavailableReason();
        if (reason != null && !skipReported) {
            skipReported = true;
            System.out.println("SKIPPED (deploy manifests): " + reason);
        }
        Assumptions.assumeTrue(reason == null, reason);
    }

    static RenderedManifests render(String overlay) {
        assumeAvailable();
        return RENDERED.computeIfAbsent(overlay, Kustomize::renderCopy);
    }

    private static synchronized String unavailableReason() {
        if (!probed) {
            probed = true;
            try {
                Process process = new ProcessBuilder(kubectl(), "version", "--client").redirectErrorStream(true).start();
                process.getInputStream().readAllBytes();
                if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    unavailableReason = "`kubectl version --client` failed; install kubectl (it embeds kustomize)";
                }
            } catch (IOException e) {
                unavailableReason = kubectl() + " cannot be run (" + e.getMessage() + "); install kubectl (or pass -Ddeploy.kubectl=<path>) to render the overlays";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                unavailableReason = "interrupted while probing kubectl";
            }
        }
        return unavailableReason;
    }

    /**
     * Renders a copy so that the real credential files (gitignored, maybe absent) are never read: every
     * {@code X.example} becomes {@code X} in the copy, exactly what a fresh clone has after running the documented
     * credentials script, minus the random passwords.
     */
    private static RenderedManifests renderCopy(String overlay) {
        Path copy = null;
        try {
            copy = Files.createTempDirectory("ct-k8s-");
            copyTree(k8sDir(), copy);
            Process process = new ProcessBuilder(kubectl(), "kustomize", copy.resolve("overlays").resolve(overlay).toString())
                    .redirectError(ProcessBuilder.Redirect.PIPE)
                    .start();
            byte[] stdout = process.getInputStream().readAllBytes();
            String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize overlays/" + overlay + " failed: " + stderr);
            }
            return RenderedManifests.parse(overlay, new String(stdout, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            deleteTree(copy);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path relative = from.relativize(source);
                String name = source.getFileName().toString();
                if (Files.isDirectory(source)) {
                    Files.createDirectories(to.resolve(relative.toString()));
                } else if (name.endsWith(".example")) {
                    Path target = to.resolve(relative.toString().substring(0, relative.toString().length() - ".example".length()));
                    Files.copy(source, target);
                    Files.copy(source, to.resolve(relative.toString()));
                } else if (!name.endsWith(".env")) {
                    Files.copy(source, to.resolve(relative.toString()));
                }
            }
        }
    }

    private static void deleteTree(Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
