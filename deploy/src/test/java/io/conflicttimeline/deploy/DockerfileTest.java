package io.conflicttimeline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each service ships the standard Quarkus Dockerfiles, non-root, exposing the port the manifests use. */
class DockerfileTest {

    @ParameterizedTest
    @ValueSource(strings = { "ingest-service", "nlp-service", "timeline-service" })
    void jvmImageRunsAsUser185OnTheUbi9OpenJdk21Runtime(String service) throws IOException {
        String dockerfile = Files.readString(dockerDir(service).resolve("Dockerfile.jvm"));
        assertThat(dockerfile)
                .containsPattern("(?m)^FROM registry\\.access\\.redhat\\.com/ubi9/openjdk-21-runtime(:\\S+)?$")
                .containsPattern("(?m)^USER 185$")
                .contains("target/quarkus-app/")
                .containsPattern("(?m)^EXPOSE " + ContainerSecurityTest.SERVICES.get(service) + "$");
    }

    @ParameterizedTest
    @ValueSource(strings = { "ingest-service", "nlp-service", "timeline-service" })
    void nativeImageRunsAsUser1001OnTheQuarkusMicroImage(String service) throws IOException {
        String dockerfile = Files.readString(dockerDir(service).resolve("Dockerfile.native-micro"));
        assertThat(dockerfile)
                .containsPattern("(?m)^FROM quay\\.io/quarkus/quarkus-micro-image:2\\.0$")
                .containsPattern("(?m)^USER 1001$")
                .contains("target/*-runner")
                .containsPattern("(?m)^EXPOSE " + ContainerSecurityTest.SERVICES.get(service) + "$");
    }

    private static Path dockerDir(String service) {
        return Kustomize.repoRoot().resolve(service).resolve("src/main/docker");
    }
}
