package io.conflicttimeline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.HasMetadata;

/** The services' images carry the project version (root pom), third-party images a pinned tag. */
class ImageVersionTest {

    static Stream<String> overlays() {
        return Kustomize.overlays().stream();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void serviceImagesAreTaggedWithTheProjectVersion(String overlay) {
        String version = Kustomize.projectVersion();
        RenderedManifests rendered = Kustomize.render(overlay);
        SoftAssertions softly = new SoftAssertions();
        ContainerSecurityTest.SERVICES.keySet().forEach(service -> softly
                .assertThat(rendered.workload(service).template().getSpec().getContainers().get(0).getImage())
                .as(overlay + " " + service + " image")
                .isEqualTo("conflict-timeline/" + service + ":" + version));
        softly.assertAll();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyImageHasAPinnedTag(String overlay) {
        SoftAssertions softly = new SoftAssertions();
        for (var workload : Kustomize.render(overlay).workloads()) {
            workload.allContainers().forEach(container -> {
                String image = container.getImage();
                String tag = image.contains("@") ? "digest" : image.substring(image.lastIndexOf('/') + 1).replaceFirst("^[^:]*:?", "");
                softly.assertThat(tag).as(overlay + " " + workload + " image " + image + " tag").isNotEmpty().isNotEqualTo("latest");
            });
        }
        softly.assertAll();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theServicesVersionLabelsFollowTheTag(String overlay) {
        String version = Kustomize.projectVersion();
        RenderedManifests rendered = Kustomize.render(overlay);
        for (String service : ContainerSecurityTest.SERVICES.keySet()) {
            HasMetadata deployment = rendered.find("Deployment", service).orElseThrow();
            assertThat(deployment.getMetadata().getLabels()).as(overlay + " " + service)
                    .containsEntry("app.kubernetes.io/name", service)
                    .containsEntry("app.kubernetes.io/part-of", "conflict-timeline")
                    .containsEntry("app.kubernetes.io/version", version);
            assertThat(rendered.workload(service).template().getMetadata().getLabels()).as(overlay + " " + service + " pods")
                    .containsEntry("app.kubernetes.io/version", version);
        }
    }
}
