package io.conflicttimeline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/** No credential is committed: no Secret manifests, no literals, env files gitignored with committed examples. */
class SecretHygieneTest {

    @Test
    void noManifestDefinesASecretOrALiteralCredential() throws IOException {
        for (Path file : yamlFiles()) {
            String text = Files.readString(file);
            assertThat(text).as(file + " holds a Secret manifest").doesNotContainPattern("(?m)^kind:\\s*Secret\\s*$");
            assertThat(text).as(file + " holds a literal password").doesNotContainPattern("(?i)password\\s*[=:]\\s*[^\\s$]");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void secretGeneratorsReadOnlyIgnoredFilesThatHaveCommittedExamples() throws IOException, InterruptedException {
        var serialization = new KubernetesSerialization();
        int generators = 0;
        for (Path kustomization : yamlFiles().stream().filter(file -> file.getFileName().toString().equals("kustomization.yaml")).toList()) {
            Map<String, Object> content = serialization.unmarshal(Files.readString(kustomization), Map.class);
            for (Map<String, Object> generator : (List<Map<String, Object>>) content.getOrDefault("secretGenerator", List.of())) {
                generators++;
                assertThat(generator).as(kustomization + " secretGenerator " + generator.get("name") + ": no literals in a file")
                        .doesNotContainKey("literals");
                List<String> files = Stream.concat(
                        ((List<String>) generator.getOrDefault("envs", List.of())).stream(),
                        ((List<String>) generator.getOrDefault("files", List.of())).stream()
                                .map(file -> file.contains("=") ? file.substring(file.indexOf('=') + 1) : file)).toList();
                for (String file : files) {
                    Path real = kustomization.resolveSibling(file);
                    Path example = kustomization.resolveSibling(file + ".example");
                    assertThat(example).as("committed example for " + real).exists()
                            .content().contains("CHANGE_ME");
                    assertGitIgnores(real);
                }
            }
        }
        assertThat(generators).as("the dev overlay generates its secrets").isPositive();
        assertThat(Kustomize.k8sDir().resolve("dev-credentials.sh")).isExecutable()
                .content().contains("/dev/urandom", "umask 077");
    }

    private static void assertGitIgnores(Path file) throws IOException, InterruptedException {
        Path root = Kustomize.repoRoot();
        Process process;
        try {
            process = new ProcessBuilder("git", "-C", root.toString(), "check-ignore", "-q", "--no-index", root.relativize(file.toAbsolutePath().normalize()).toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            System.out.println("SKIPPED (gitignore check): git is not on the PATH");
            Assumptions.abort("git is not on the PATH");
            return;
        }
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor(30, TimeUnit.SECONDS);
        Assumptions.assumeTrue(process.exitValue() != 128, "not a git work tree: " + output);
        assertThat(process.exitValue()).as(file + " must be gitignored").isZero();
    }

    private static List<Path> yamlFiles() throws IOException {
        try (Stream<Path> files = Files.walk(Kustomize.k8sDir())) {
            return files.filter(file -> file.toString().endsWith(".yaml") || file.toString().endsWith(".yml")).sorted().toList();
        }
    }
}
