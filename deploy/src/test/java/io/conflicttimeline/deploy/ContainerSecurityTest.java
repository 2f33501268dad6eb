package io.conflicttimeline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SeccompProfile;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Volume;

/** Every container of every overlay: probes, resources and a hardened, non-root security context. */
class ContainerSecurityTest {

    /** The three services, their HTTP ports (root README). */
    static final Map<String, Integer> SERVICES = Map.of("ingest-service", 8081, "nlp-service", 8082, "timeline-service", 8080);

    static Stream<String> overlays() {
        return Kustomize.overlays().stream();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyContainerHasProbesAndResources(String overlay) {
        SoftAssertions softly = new SoftAssertions();
        for (var workload : Kustomize.render(overlay).workloads()) {
            workload.allContainers().forEach(container -> {
                String where = overlay + " " + workload + " container " + container.getName();
                softly.assertThat(container.getLivenessProbe()).as(where + " livenessProbe").isNotNull();
                softly.assertThat(container.getReadinessProbe()).as(where + " readinessProbe").isNotNull();
                softly.assertThat(container.getStartupProbe()).as(where + " startupProbe").isNotNull();
                var resources = container.getResources();
                softly.assertThat(resources).as(where + " resources").isNotNull();
                if (resources != null) {
                    Map<String, Quantity> requests = Optional.ofNullable(resources.getRequests()).orElse(Map.of());
                    Map<String, Quantity> limits = Optional.ofNullable(resources.getLimits()).orElse(Map.of());
                    softly.assertThat(requests).as(where + " requests").containsKeys("cpu", "memory");
                    softly.assertThat(limits).as(where + " limits").containsKey("memory");
                    if (requests.containsKey("memory") && limits.containsKey("memory")) {
                        softly.assertThat(Quantity.getAmountInBytes(requests.get("memory")))
                                .as(where + " memory request <= limit")
                                .isLessThanOrEqualTo(Quantity.getAmountInBytes(limits.get("memory")));
                    }
                }
            });
        }
        softly.assertAll();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyContainerRunsHardenedAsNonRoot(String overlay) {
        SoftAssertions softly = new SoftAssertions();
        for (var workload : Kustomize.render(overlay).workloads()) {
            PodSecurityContext pod = Optional.ofNullable(workload.template().getSpec().getSecurityContext()).orElseGet(PodSecurityContext::new);
            workload.allContainers().forEach(container -> {
                String where = overlay + " " + workload + " container " + container.getName();
                SecurityContext own = Optional.ofNullable(container.getSecurityContext()).orElseGet(SecurityContext::new);
                Boolean runAsNonRoot = Optional.ofNullable(own.getRunAsNonRoot()).orElse(pod.getRunAsNonRoot());
                Long runAsUser = Optional.ofNullable(own.getRunAsUser()).orElse(pod.getRunAsUser());
                SeccompProfile seccomp = Optional.ofNullable(own.getSeccompProfile()).orElse(pod.getSeccompProfile());
                softly.assertThat(runAsNonRoot).as(where + " runAsNonRoot").isTrue();
                softly.assertThat(runAsUser).as(where + " runAsUser").isNotNull().isNotZero();
                softly.assertThat(own.getReadOnlyRootFilesystem()).as(where + " readOnlyRootFilesystem").isTrue();
                softly.assertThat(own.getAllowPrivilegeEscalation()).as(where + " allowPrivilegeEscalation").isFalse();
                softly.assertThat(own.getPrivileged()).as(where + " privileged").isNotEqualTo(Boolean.TRUE);
                softly.assertThat(own.getCapabilities() == null ? List.<String>of() : own.getCapabilities().getDrop())
                        .as(where + " capabilities.drop").contains("ALL");
                softly.assertThat(own.getCapabilities() == null ? null : own.getCapabilities().getAdd())
                        .as(where + " capabilities.add").isNullOrEmpty();
                softly.assertThat(seccomp == null ? null : seccomp.getType()).as(where + " seccompProfile")
                        .isIn("RuntimeDefault", "Localhost");
            });
        }
        softly.assertAll();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void servicesProbeTheQuarkusHealthEndpointsAndWriteOnlyToTmp(String overlay) {
        RenderedManifests rendered = Kustomize.render(overlay);
        SoftAssertions softly = new SoftAssertions();
        SERVICES.forEach((name, port) -> {
            var workload = rendered.workload(name);
            Container container = workload.template().getSpec().getContainers().get(0);
            String where = overlay + " " + name;
            softly.assertThat(container.getPorts()).as(where + " ports")
                    .anySatisfy(p -> {
                        assertThat(p.getName()).isEqualTo("http");
                        assertThat(p.getContainerPort()).isEqualTo(port);
                    });
            softly.assertThat(httpPath(container.getLivenessProbe())).as(where + " liveness").isEqualTo("/q/health/live");
            softly.assertThat(httpPath(container.getReadinessProbe())).as(where + " readiness").isEqualTo("/q/health/ready");
            softly.assertThat(httpPath(container.getStartupProbe())).as(where + " startup").isEqualTo("/q/health/started");
            for (Probe probe : List.of(container.getLivenessProbe(), container.getReadinessProbe(), container.getStartupProbe())) {
                var probePort = probe.getHttpGet().getPort();
                softly.assertThat(probePort.getStrVal() != null ? probePort.getStrVal() : String.valueOf(probePort.getIntVal()))
                        .as(where + " probe port").isIn("http", String.valueOf(port));
            }
            softly.assertThat(container.getEnv()).as(where + " HTTP_PORT")
                    .anySatisfy(env -> {
                        assertThat(env.getName()).isEqualTo("HTTP_PORT");
                        assertThat(env.getValue()).isEqualTo(String.valueOf(port));
                    });
            String tmpVolume = container.getVolumeMounts().stream().filter(mount -> "/tmp".equals(mount.getMountPath()))
                    .map(mount -> mount.getName()).findFirst().orElse(null);
            softly.assertThat(tmpVolume).as(where + " mounts a volume at /tmp").isNotNull();
            softly.assertThat(workload.template().getSpec().getVolumes().stream()
                    .filter(volume -> volume.getName().equals(tmpVolume)).map(Volume::getEmptyDir).findFirst())
                    .as(where + " /tmp is an emptyDir").isPresent();
        });
        softly.assertAll();
    }

    private static String httpPath(Probe probe) {
        return probe == null || probe.getHttpGet() == null ? null : probe.getHttpGet().getPath();
    }
}
