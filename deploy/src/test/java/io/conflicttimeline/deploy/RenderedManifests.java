package io.conflicttimeline.deploy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesList;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/** The objects one overlay renders to, parsed into the fabric8 model (custom resources stay generic). */
record RenderedManifests(String overlay, List<HasMetadata> objects) {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    /** A pod-creating object of the output: its kind, name and pod template. */
    record Workload(String kind, String name, String namespace, PodTemplateSpec template) {

        Stream<Container> allContainers() {
            var spec = template.getSpec();
            return Stream.concat(
                    Optional.ofNullable(spec.getInitContainers()).orElse(List.of()).stream(),
                    spec.getContainers().stream());
        }

        @Override
        public String toString() {
            return kind + "/" + name;
        }
    }

    static RenderedManifests parse(String overlay, String yaml) {
        Object parsed = SERIALIZATION.unmarshal(yaml);
        List<HasMetadata> objects = new ArrayList<>();
        if (parsed instanceof KubernetesList list) {
            objects.addAll(list.getItems());
        } else if (parsed instanceof Collection<?> collection) {
            collection.stream().filter(Objects::nonNull).map(HasMetadata.class::cast).forEach(objects::add);
        } else if (parsed instanceof HasMetadata single) {
            objects.add(single);
        }
        return new RenderedManifests(overlay, List.copyOf(objects));
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    List<GenericKubernetesResource> custom(String apiVersion, String kind) {
        return all(GenericKubernetesResource.class).stream()
                .filter(resource -> apiVersion.equals(resource.getApiVersion()) && kind.equals(resource.getKind()))
                .toList();
    }

    Optional<HasMetadata> find(String kind, String name) {
        return objects.stream()
                .filter(object -> kind.equals(object.getKind()) && name.equals(object.getMetadata().getName()))
                .findFirst();
    }

    List<Workload> workloads() {
        List<Workload> workloads = new ArrayList<>();
        for (HasMetadata object : objects) {
            PodTemplateSpec template = null;
            if (object instanceof Deployment deployment) {
                template = deployment.getSpec().getTemplate();
            } else if (object instanceof StatefulSet statefulSet) {
                template = statefulSet.getSpec().getTemplate();
            } else if (object instanceof DaemonSet daemonSet) {
                template = daemonSet.getSpec().getTemplate();
            } else if (object instanceof Job job) {
                template = job.getSpec().getTemplate();
            }
            if (template != null) {
                workloads.add(new Workload(object.getKind(), object.getMetadata().getName(), namespaceOf(object), template));
            }
        }
        return workloads;
    }

    Workload workload(String name) {
        return workloads().stream().filter(workload -> workload.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(overlay + " renders no workload named " + name));
    }

    /** The namespace the overlay deploys into; {@code default} stands for "the current one" when none is set. */
    static String namespaceOf(HasMetadata object) {
        return Optional.ofNullable(object.getMetadata().getNamespace()).orElse("default");
    }

    Map<String, String> configData(String configMapPrefix) {
        return all(ConfigMap.class).stream()
                .filter(map -> map.getMetadata().getName().startsWith(configMapPrefix))
                .findFirst()
                .map(ConfigMap::getData)
                .orElseThrow(() -> new AssertionError(overlay + " renders no ConfigMap " + configMapPrefix + "*"));
    }
}
