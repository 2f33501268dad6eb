package io.conflicttimeline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.conflicttimeline.deploy.NetworkReachability.Flow;
import io.conflicttimeline.deploy.NetworkReachability.Peer;
import io.conflicttimeline.deploy.NetworkReachability.Port;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;

/**
 * Computes, from the rendered NetworkPolicies, every connection they admit between the pipeline's pods, the broker
 * and database pods, and stand-ins for everything around them (the ingress controller, cluster DNS, a stranger pod in
 * the same namespace, a pod in another namespace, the operators, an internet address), and compares the result with
 * the pipeline's needs. Scope: every connection into a pod of the overlay, and every connection out of a pod
 * labelled part-of=conflict-timeline (the operator-managed pods in prod keep their egress, see the prod overlay).
 */
class NetworkPolicyTest {

    private static final Set<String> PIPELINE = Set.of("ingest-service", "nlp-service", "timeline-service");

    /** What the pipeline needs, in every overlay. */
    private static final List<String> PIPELINE_FLOWS = List.of(
            "ingest-service -> rabbitmq:5672/TCP",
            "nlp-service -> rabbitmq:5672/TCP",
            "timeline-service -> rabbitmq:5672/TCP",
            "ingest-service -> postgres:5432/TCP",
            "timeline-service -> postgres:5432/TCP",
            "ingress-controller -> ingest-service:8081/TCP",
            "ingress-controller -> timeline-service:8080/TCP",
            "ingest-service -> kube-dns:53/UDP",
            "ingest-service -> kube-dns:53/TCP",
            "nlp-service -> kube-dns:53/UDP",
            "nlp-service -> kube-dns:53/TCP",
            "timeline-service -> kube-dns:53/UDP",
            "timeline-service -> kube-dns:53/TCP");

    /** dev: the in-cluster broker and database are part of the system, default-denied too; they only resolve names. */
    private static final List<String> DEV_INFRASTRUCTURE_FLOWS = List.of(
            "rabbitmq -> kube-dns:53/UDP",
            "rabbitmq -> kube-dns:53/TCP",
            "postgres -> kube-dns:53/UDP",
            "postgres -> kube-dns:53/TCP");

    /** prod: what the operators' clusters need among themselves and from the operators (documented in the overlay). */
    private static final List<String> PROD_INFRASTRUCTURE_FLOWS = List.of(
            "rabbitmq -> rabbitmq:5672/TCP",
            "rabbitmq -> rabbitmq:15672/TCP",
            "rabbitmq -> rabbitmq:15692/TCP",
            "rabbitmq -> rabbitmq:4369/TCP",
            "rabbitmq -> rabbitmq:25672/TCP",
            "rabbitmq-operator -> rabbitmq:15672/TCP",
            "keda-operator -> rabbitmq:5672/TCP",
            "postgres -> postgres:5432/TCP",
            "postgres -> postgres:8000/TCP",
            "cnpg-operator -> postgres:5432/TCP",
            "cnpg-operator -> postgres:8000/TCP");

    @Test
    void devAdmitsExactlyThePipelineFlows() {
        assertThat(admittedFlows(Kustomize.render("dev")))
                .containsExactlyInAnyOrderElementsOf(expected(PIPELINE_FLOWS, DEV_INFRASTRUCTURE_FLOWS));
    }

    @Test
    void prodAdmitsExactlyThePipelineAndOperatorFlows() {
        assertThat(admittedFlows(Kustomize.render("prod")))
                .containsExactlyInAnyOrderElementsOf(expected(PIPELINE_FLOWS, PROD_INFRASTRUCTURE_FLOWS));
    }

    @Test
    void everyOverlayDeniesByDefaultInBothDirections() {
        for (String overlay : Kustomize.overlays()) {
            RenderedManifests rendered = Kustomize.render(overlay);
            NetworkReachability reachability = new NetworkReachability(rendered.all(NetworkPolicy.class));
            Peer stranger = Peer.pod("stranger", namespace(rendered), Map.of("app.kubernetes.io/part-of", "conflict-timeline"),
                    List.of(new Port("http", 8080, "TCP")));
            Peer internet = Peer.address("internet", "203.0.113.7", List.of(new Port("https", 443, "TCP")));
            assertThat(reachability.admits(internet, stranger, stranger.ports().get(0)))
                    .as("%s: a new part-of=conflict-timeline pod accepts nothing", overlay).isFalse();
            assertThat(reachability.admits(stranger, internet, internet.ports().get(0)))
                    .as("%s: a new part-of=conflict-timeline pod reaches nothing", overlay).isFalse();
        }
    }

    private static Set<Flow> expected(List<String> pipeline, List<String> infrastructure) {
        Set<Flow> flows = new TreeSet<>();
        Stream.concat(pipeline.stream(), infrastructure.stream()).map(Flow::parse).forEach(flows::add);
        return flows;
    }

    private static Set<Flow> admittedFlows(RenderedManifests rendered) {
        List<Peer> peers = peers(rendered);
        Set<String> ownPods = new HashSet<>();
        Set<String> restrictedEgress = new HashSet<>();
        for (Peer peer : peers) {
            if (peer.isPod() && peer.namespace().equals(namespace(rendered)) && !peer.name().equals("stranger")) {
                ownPods.add(peer.name());
                if ("conflict-timeline".equals(peer.labels().get("app.kubernetes.io/part-of"))) {
                    restrictedEgress.add(peer.name());
                }
            }
        }
        assertThat(ownPods).as("the pipeline's pods are part of the overlay").containsAll(PIPELINE);
        assertThat(ownPods).as("broker and database pods").contains("rabbitmq", "postgres");
        return new NetworkReachability(rendered.all(NetworkPolicy.class)).admittedFlows(peers,
                (source, destination) -> ownPods.contains(destination.name()) || restrictedEgress.contains(source.name()));
    }

    private static String namespace(RenderedManifests rendered) {
        return rendered.workload("timeline-service").namespace();
    }

    private static List<Peer> peers(RenderedManifests rendered) {
        String namespace = namespace(rendered);
        List<Peer> peers = new ArrayList<>();
        for (RenderedManifests.Workload workload : rendered.workloads()) {
            List<Port> ports = workload.allContainers()
                    .flatMap(container -> Optional.ofNullable(container.getPorts()).orElse(List.of()).stream())
                    .map(port -> new Port(port.getName(), port.getContainerPort(), Optional.ofNullable(port.getProtocol()).orElse("TCP")))
                    .toList();
            peers.add(Peer.pod(workload.name(), workload.namespace(), workload.template().getMetadata().getLabels(), ports));
        }
        peers.addAll(operatorManagedPods(rendered));
        // Stand-ins for everything else the policies must keep out (or let in).
        peers.add(Peer.pod("ingress-controller", "ingress-nginx", Map.of("app.kubernetes.io/name", "ingress-nginx"),
                List.of(new Port("http", 80, "TCP"), new Port("https", 443, "TCP"))));
        peers.add(Peer.pod("kube-dns", "kube-system", Map.of("k8s-app", "kube-dns"),
                List.of(new Port("dns", 53, "UDP"), new Port("dns-tcp", 53, "TCP"))));
        peers.add(Peer.pod("stranger", namespace, Map.of("app.kubernetes.io/name", "stranger"), List.of(new Port("http", 8080, "TCP"))));
        peers.add(Peer.pod("other-namespace", "other", Map.of("app.kubernetes.io/name", "ingest-service"),
                List.of(new Port("http", 8080, "TCP"))));
        peers.add(Peer.pod("rabbitmq-operator", "rabbitmq-system", Map.of("app.kubernetes.io/name", "rabbitmq-cluster-operator"),
                List.of(new Port("metrics", 9782, "TCP"))));
        peers.add(Peer.pod("cnpg-operator", "cnpg-system", Map.of("app.kubernetes.io/name", "cloudnative-pg"),
                List.of(new Port("webhook", 9443, "TCP"))));
        peers.add(Peer.pod("keda-operator", "keda", Map.of("app", "keda-operator"), List.of(new Port("metrics", 8080, "TCP"))));
        peers.add(Peer.address("internet", "203.0.113.7", List.of(new Port("https", 443, "TCP"))));
        return peers;
    }

    /**
     * The pods the operators create from the overlay's custom resources, with the labels and ports the operators
     * give them (RabbitMQ Cluster Operator: name/component/part-of labels; CloudNativePG: cnpg.io labels plus
     * spec.inheritedMetadata.labels).
     */
    @SuppressWarnings("unchecked")
    private static List<Peer> operatorManagedPods(RenderedManifests rendered) {
        List<Peer> pods = new ArrayList<>();
        for (GenericKubernetesResource cluster : rendered.custom("rabbitmq.com/v1beta1", "RabbitmqCluster")) {
            String name = cluster.getMetadata().getName();
            pods.add(Peer.pod(name, RenderedManifests.namespaceOf(cluster),
                    Map.of("app.kubernetes.io/name", name, "app.kubernetes.io/component", "rabbitmq", "app.kubernetes.io/part-of", "rabbitmq"),
                    List.of(new Port("amqp", 5672, "TCP"), new Port("management", 15672, "TCP"), new Port("prometheus", 15692, "TCP"),
                            new Port("epmd", 4369, "TCP"), new Port("cluster-links", 25672, "TCP"))));
        }
        for (GenericKubernetesResource cluster : rendered.custom("postgresql.cnpg.io/v1", "Cluster")) {
            String name = cluster.getMetadata().getName();
            Map<String, String> labels = new HashMap<>(Map.of("cnpg.io/cluster", name, "cnpg.io/podRole", "instance"));
            Map<String, String> inherited = cluster.get("spec", "inheritedMetadata", "labels");
            if (inherited != null) {
                labels.putAll(inherited);
            }
            pods.add(Peer.pod(name, RenderedManifests.namespaceOf(cluster), labels,
                    List.of(new Port("postgresql", 5432, "TCP"), new Port("status", 8000, "TCP"), new Port("metrics", 9187, "TCP"))));
        }
        return pods;
    }
}
