package io.conflicttimeline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Volume;

/** Every Secret and ConfigMap the overlays reference exists in their output, or is a documented external secret. */
class ReferenceResolutionTest {

    /**
     * Secrets prod reads that exist only in the cluster, with the keys their creators write: they are created at run
     * time by the operators (from the custom resources rabbitmq and postgres of the overlay) or by the documented
     * script deploy/k8s/prod-keda-secret.sh. Nothing else may be referenced without being rendered.
     */
    private static final Map<String, Map<String, Set<String>>> EXTERNAL_SECRETS = Map.of(
            "prod", Map.of(
                    "rabbitmq-default-user", Set.of("username", "password", "host", "port", "default_user.conf", "provider", "type"),
                    "postgres-app", Set.of("username", "password", "dbname", "host", "port", "uri", "jdbc-uri", "pgpass", "user"),
                    "nlp-service-keda-rabbitmq", Set.of("host")));

    /** A reference to a key of a Secret or ConfigMap ({@code key} null: the whole object, as with envFrom). */
    record Reference(String kind, String name, String key, String from) {
    }

    static Stream<String> overlays() {
        return Kustomize.overlays().stream();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everySecretAndConfigMapReferenceResolves(String overlay) {
        RenderedManifests rendered = Kustomize.render(overlay);
        Map<String, Set<String>> secrets = new HashMap<>();
        rendered.all(Secret.class).forEach(secret -> secrets.put(secret.getMetadata().getName(), keys(secret)));
        Map<String, Set<String>> configMaps = new HashMap<>();
        rendered.all(ConfigMap.class).forEach(map -> configMaps.put(map.getMetadata().getName(),
                Set.copyOf(Optional.ofNullable(map.getData()).orElse(Map.of()).keySet())));
        Map<String, Set<String>> external = EXTERNAL_SECRETS.getOrDefault(overlay, Map.of());

        List<Reference> references = references(rendered);
        assertThat(references).as(overlay + " references").isNotEmpty();
        SoftAssertions softly = new SoftAssertions();
        for (Reference reference : references) {
            Map<String, Set<String>> known = reference.kind().equals("Secret") ? secrets : configMaps;
            Set<String> keys = known.get(reference.name());
            if (keys == null && reference.kind().equals("Secret")) {
                keys = external.get(reference.name());
            }
            softly.assertThat(keys).as("%s: %s %s referenced by %s is neither rendered nor a documented external secret",
                    overlay, reference.kind(), reference.name(), reference.from()).isNotNull();
            if (keys != null && reference.key() != null) {
                softly.assertThat(keys).as("%s: key %s of %s %s (%s)", overlay, reference.key(), reference.kind(), reference.name(),
                        reference.from()).contains(reference.key());
            }
        }
        softly.assertAll();
    }

    @Test
    void prodsExternalSecretsBelongToTheOverlaysOperatorsAndScript() {
        RenderedManifests prod = Kustomize.render("prod");
        String broker = prod.custom("rabbitmq.com/v1beta1", "RabbitmqCluster").get(0).getMetadata().getName();
        String database = prod.custom("postgresql.cnpg.io/v1", "Cluster").get(0).getMetadata().getName();
        assertThat(EXTERNAL_SECRETS.get("prod").keySet())
                .as("the RabbitMQ operator writes <cluster>-default-user, CloudNativePG <cluster>-app")
                .containsExactlyInAnyOrder(broker + "-default-user", database + "-app", "nlp-service-keda-rabbitmq");
        assertThat(Kustomize.k8sDir().resolve("prod-keda-secret.sh")).isExecutable()
                .content().contains("nlp-service-keda-rabbitmq", broker + "-default-user");
        assertThat(prod.all(Secret.class)).as("prod renders no Secret at all").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void brokerAndDatabaseHostsNameServicesOfTheOverlay(String overlay) {
        RenderedManifests rendered = Kustomize.render(overlay);
        Map<String, String> config = rendered.configData("conflict-timeline-config");
        Set<String> services = new HashSet<>();
        rendered.objects().stream().filter(object -> object.getKind().equals("Service"))
                .forEach(service -> services.add(service.getMetadata().getName()));
        // Services the operators create: the RabbitmqCluster's client Service has the cluster's name, CloudNativePG
        // names the primary's Service <cluster>-rw.
        rendered.custom("rabbitmq.com/v1beta1", "RabbitmqCluster").forEach(cluster -> services.add(cluster.getMetadata().getName()));
        rendered.custom("postgresql.cnpg.io/v1", "Cluster").forEach(cluster -> services.add(cluster.getMetadata().getName() + "-rw"));
        assertThat(config).containsKeys("RABBITMQ_HOST", "RABBITMQ_PORT", "RABBITMQ_VHOST", "POSTGRES_HOST", "POSTGRES_PORT", "POSTGRES_DB");
        assertThat(services).as(overlay + " RABBITMQ_HOST").contains(config.get("RABBITMQ_HOST"));
        assertThat(services).as(overlay + " POSTGRES_HOST").contains(config.get("POSTGRES_HOST"));
        for (GenericKubernetesResource cluster : rendered.custom("postgresql.cnpg.io/v1", "Cluster")) {
            assertThat((String) cluster.get("spec", "bootstrap", "initdb", "database")).as("database the app secret names")
                    .isEqualTo(config.get("POSTGRES_DB"));
        }
    }

    private static Set<String> keys(Secret secret) {
        Set<String> keys = new HashSet<>();
        Optional.ofNullable(secret.getData()).ifPresent(data -> keys.addAll(data.keySet()));
        Optional.ofNullable(secret.getStringData()).ifPresent(data -> keys.addAll(data.keySet()));
        return keys;
    }

    @SuppressWarnings("unchecked")
    private static List<Reference> references(RenderedManifests rendered) {
        List<Reference> references = new ArrayList<>();
        for (var workload : rendered.workloads()) {
            var spec = workload.template().getSpec();
            workload.allContainers().forEach(container -> {
                String from = workload + " container " + container.getName();
                for (EnvVar env : Optional.ofNullable(container.getEnv()).orElse(List.of())) {
                    var source = env.getValueFrom();
                    if (source != null && source.getSecretKeyRef() != null) {
                        references.add(new Reference("Secret", source.getSecretKeyRef().getName(), source.getSecretKeyRef().getKey(), from + " env " + env.getName()));
                    }
                    if (source != null && source.getConfigMapKeyRef() != null) {
                        references.add(new Reference("ConfigMap", source.getConfigMapKeyRef().getName(), source.getConfigMapKeyRef().getKey(), from + " env " + env.getName()));
                    }
                }
                for (EnvFromSource envFrom : Optional.ofNullable(container.getEnvFrom()).orElse(List.of())) {
                    if (envFrom.getSecretRef() != null) {
                        references.add(new Reference("Secret", envFrom.getSecretRef().getName(), null, from + " envFrom"));
                    }
                    if (envFrom.getConfigMapRef() != null) {
                        references.add(new Reference("ConfigMap", envFrom.getConfigMapRef().getName(), null, from + " envFrom"));
                    }
                }
            });
            for (Volume volume : Optional.ofNullable(spec.getVolumes()).orElse(List.of())) {
                String from = workload + " volume " + volume.getName();
                if (volume.getSecret() != null) {
                    references.add(new Reference("Secret", volume.getSecret().getSecretName(), null, from));
                }
                if (volume.getConfigMap() != null) {
                    references.add(new Reference("ConfigMap", volume.getConfigMap().getName(), null, from));
                }
                if (volume.getProjected() != null) {
                    volume.getProjected().getSources().forEach(projection -> {
                        if (projection.getSecret() != null) {
                            references.add(new Reference("Secret", projection.getSecret().getName(), null, from));
                        }
                        if (projection.getConfigMap() != null) {
                            references.add(new Reference("ConfigMap", projection.getConfigMap().getName(), null, from));
                        }
                    });
                }
            }
            Optional.ofNullable(spec.getImagePullSecrets()).orElse(List.of())
                    .forEach(pull -> references.add(new Reference("Secret", pull.getName(), null, workload + " imagePullSecrets")));
        }
        for (GenericKubernetesResource auth : rendered.custom("keda.sh/v1alpha1", "TriggerAuthentication")) {
            List<Map<String, Object>> targets = Optional.ofNullable((List<Map<String, Object>>) auth.get("spec", "secretTargetRef")).orElse(List.of());
            for (Map<String, Object> target : targets) {
                references.add(new Reference("Secret", (String) target.get("name"), (String) target.get("key"),
                        "TriggerAuthentication/" + auth.getMetadata().getName() + " parameter " + target.get("parameter")));
            }
        }
        return references;
    }
}
