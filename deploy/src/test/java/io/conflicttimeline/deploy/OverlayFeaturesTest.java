package io.conflicttimeline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/** What each overlay adds around the services: in-cluster infrastructure (dev), operators, budgets, autoscaling (prod). */
class OverlayFeaturesTest {

    static Stream<String> overlays() {
        return Kustomize.overlays().stream();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyServiceSelectsPodsAndTargetsAContainerPort(String overlay) {
        RenderedManifests rendered = Kustomize.render(overlay);
        SoftAssertions softly = new SoftAssertions();
        for (Service service : rendered.all(Service.class)) {
            var selected = rendered.workloads().stream()
                    .filter(workload -> NetworkReachability.matches(
                            new LabelSelector(null, service.getSpec().getSelector()),
                            workload.template().getMetadata().getLabels()))
                    .toList();
            softly.assertThat(selected).as("%s Service %s selects exactly one workload", overlay, service.getMetadata().getName()).hasSize(1);
            if (selected.size() == 1) {
                var ports = selected.get(0).allContainers().flatMap(container -> container.getPorts().stream()).toList();
                service.getSpec().getPorts().forEach(port -> {
                    var target = port.getTargetPort();
                    softly.assertThat(ports).as("%s Service %s targetPort %s", overlay, service.getMetadata().getName(), target)
                            .anyMatch(containerPort -> target.getStrVal() != null ? target.getStrVal().equals(containerPort.getName())
                                    : target.getIntVal().equals(containerPort.getContainerPort()));
                });
            }
        }
        softly.assertThat(rendered.all(Service.class)).extracting(service -> service.getMetadata().getName())
                .contains("ingest-service", "nlp-service", "timeline-service");
        softly.assertAll();
        Service timeline = rendered.all(Service.class).stream().filter(s -> s.getMetadata().getName().equals("timeline-service")).findFirst().orElseThrow();
        assertThat(timeline.getSpec().getPorts()).as("README: kubectl port-forward svc/timeline-service 8080:80")
                .anyMatch(port -> port.getPort() == 80);
    }

    @Test
    void devRunsASingleBrokerAndAPersistentPostgres16() {
        RenderedManifests dev = Kustomize.render("dev");
        Deployment broker = dev.all(Deployment.class).stream().filter(d -> d.getMetadata().getName().equals("rabbitmq")).findFirst().orElseThrow();
        assertThat(broker.getSpec().getReplicas()).isEqualTo(1);
        assertThat(broker.getSpec().getTemplate().getSpec().getContainers().get(0).getImage())
                .matches("rabbitmq:(3\\.13|4(\\.\\d+)*)(\\.\\d+)*-management");
        StatefulSet database = dev.all(StatefulSet.class).stream().filter(s -> s.getMetadata().getName().equals("postgres")).findFirst().orElseThrow();
        assertThat(database.getSpec().getReplicas()).isEqualTo(1);
        assertThat(database.getSpec().getTemplate().getSpec().getContainers().get(0).getImage()).matches("postgres:16(\\..*)?");
        assertThat(database.getSpec().getVolumeClaimTemplates()).extracting(claim -> claim.getMetadata().getName())
                .containsExactly("data");
        assertThat(database.getSpec().getTemplate().getSpec().getContainers().get(0).getVolumeMounts())
                .anyMatch(mount -> mount.getName().equals("data") && mount.getMountPath().equals("/var/lib/postgresql/data"));
        assertThat(dev.custom("keda.sh/v1alpha1", "ScaledObject")).as("no KEDA in dev").isEmpty();
    }

    @Test
    void prodRunsAThreeNodeRabbitmqClusterWithQuorumQueues() {
        List<GenericKubernetesResource> clusters = Kustomize.render("prod").custom("rabbitmq.com/v1beta1", "RabbitmqCluster");
        assertThat(clusters).hasSize(1);
        GenericKubernetesResource cluster = clusters.get(0);
        assertThat((Integer) cluster.get("spec", "replicas")).isEqualTo(3);
        assertThat((String) cluster.get("spec", "rabbitmq", "additionalConfig")).containsPattern("(?m)^\\s*default_queue_type\\s*=\\s*quorum\\s*$");
    }

    @Test
    void prodRunsAThreeInstanceCloudNativePgCluster() {
        RenderedManifests prod = Kustomize.render("prod");
        List<GenericKubernetesResource> clusters = prod.custom("postgresql.cnpg.io/v1", "Cluster");
        assertThat(clusters).hasSize(1);
        GenericKubernetesResource cluster = clusters.get(0);
        assertThat((Integer) cluster.get("spec", "instances")).isEqualTo(3);
        assertThat((String) cluster.get("spec", "storage", "size")).isNotBlank();
        assertThat(prod.configData("conflict-timeline-config")).containsEntry("POSTGRES_HOST", cluster.getMetadata().getName() + "-rw");
    }

    @Test
    @SuppressWarnings("unchecked")
    void prodScalesNlpServiceOnTheDepthOfItsQueue() {
        RenderedManifests prod = Kustomize.render("prod");
        List<GenericKubernetesResource> scaledObjects = prod.custom("keda.sh/v1alpha1", "ScaledObject");
        assertThat(scaledObjects).hasSize(1);
        GenericKubernetesResource scaledObject = scaledObjects.get(0);
        assertThat((String) scaledObject.get("spec", "scaleTargetRef", "name")).isEqualTo("nlp-service");
        assertThat(Optional.ofNullable((String) scaledObject.get("spec", "scaleTargetRef", "kind")).orElse("Deployment")).isEqualTo("Deployment");
        assertThat((Integer) scaledObject.get("spec", "minReplicaCount")).isPositive();
        assertThat((Integer) scaledObject.get("spec", "maxReplicaCount")).isGreaterThan(scaledObject.get("spec", "minReplicaCount"));

        List<Map<String, Object>> triggers = scaledObject.get("spec", "triggers");
        assertThat(triggers).hasSize(1);
        Map<String, Object> trigger = triggers.get(0);
        Map<String, Object> metadata = (Map<String, Object>) trigger.get("metadata");
        assertThat(trigger).containsEntry("type", "rabbitmq");
        assertThat(metadata).containsEntry("queueName", "nlp.articles").containsEntry("mode", "QueueLength")
                .containsKey("value").doesNotContainKey("host");
        String authentication = (String) ((Map<String, Object>) trigger.get("authenticationRef")).get("name");
        GenericKubernetesResource triggerAuthentication = prod.custom("keda.sh/v1alpha1", "TriggerAuthentication").stream()
                .filter(auth -> auth.getMetadata().getName().equals(authentication)).findFirst()
                .orElseThrow(() -> new AssertionError("TriggerAuthentication " + authentication + " is not rendered"));
        List<Map<String, Object>> secretTargets = triggerAuthentication.get("spec", "secretTargetRef");
        assertThat(secretTargets).anyMatch(target -> "host".equals(target.get("parameter")) && target.get("name") != null && target.get("key") != null);

        Deployment nlp = prod.all(Deployment.class).stream().filter(d -> d.getMetadata().getName().equals("nlp-service")).findFirst().orElseThrow();
        assertThat(nlp.getSpec().getReplicas()).as("KEDA owns nlp-service's replica count").isNull();
    }

    @Test
    void prodBudgetsDisruptionsOfEveryService() {
        RenderedManifests prod = Kustomize.render("prod");
        for (String service : ContainerSecurityTest.SERVICES.keySet()) {
            Map<String, String> podLabels = prod.workload(service).template().getMetadata().getLabels();
            assertThat(prod.all(PodDisruptionBudget.class)).as(service)
                    .anyMatch(budget -> NetworkReachability.matches(budget.getSpec().getSelector(), podLabels));
        }
        for (String service : List.of("ingest-service", "timeline-service")) {
            Deployment deployment = prod.all(Deployment.class).stream().filter(d -> d.getMetadata().getName().equals(service)).findFirst().orElseThrow();
            PodDisruptionBudget budget = prod.all(PodDisruptionBudget.class).stream()
                    .filter(b -> NetworkReachability.matches(b.getSpec().getSelector(), deployment.getSpec().getTemplate().getMetadata().getLabels()))
                    .findFirst().orElseThrow();
            assertThat(budget.getSpec().getMinAvailable().getIntVal()).as(service + ": a budget that still lets a drain proceed")
                    .isLessThan(deployment.getSpec().getReplicas());
        }
    }
}
