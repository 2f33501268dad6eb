package io.conflicttimeline.deploy;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.networking.v1.IPBlock;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

/**
 * Evaluates NetworkPolicies the way the Kubernetes NetworkPolicy API defines them: a pod selected by any policy of a
 * direction is isolated in that direction, and a connection needs both the source's egress and the destination's
 * ingress to admit it (the union of the rules of every policy that selects the pod).
 */
final class NetworkReachability {

    /** A port a peer listens on. */
    record Port(String name, int number, String protocol) {
    }

    /**
     * Something that can open or accept a connection: a pod (namespace + labels) or an address outside the cluster
     * (ip set, no namespace).
     */
    record Peer(String name, String namespace, Map<String, String> labels, String ip, List<Port> ports) {

        static Peer pod(String name, String namespace, Map<String, String> labels, List<Port> ports) {
            return new Peer(name, namespace, labels, null, ports);
        }

        static Peer address(String name, String ip, List<Port> ports) {
            return new Peer(name, null, Map.of(), ip, ports);
        }

        boolean isPod() {
            return namespace != null;
        }

        Map<String, String> namespaceLabels() {
            return Map.of("kubernetes.io/metadata.name", namespace);
        }
    }

    /** An admitted connection, written {@code from -> to:port/protocol}. */
    record Flow(String from, String to, int port, String protocol) implements Comparable<Flow> {

        static Flow parse(String text) {
            var parts = text.split(" -> |:|/");
            return new Flow(parts[0], parts[1], Integer.parseInt(parts[2]), parts[3]);
        }

        @Override
        public int compareTo(Flow other) {
            return toString().compareTo(other.toString());
        }

        @Override
        public String toString() {
            return from + " -> " + to + ":" + port + "/" + protocol;
        }
    }

    private final List<NetworkPolicy> policies;

    NetworkReachability(List<NetworkPolicy> policies) {
        this.policies = policies;
    }

    /** Every (source, destination, destination port) the policies admit among the given peers, filtered by scope. */
    Set<Flow> admittedFlows(List<Peer> peers, BiPredicate<Peer, Peer> inScope) {
        Set<Flow> flows = new TreeSet<>();
        for (Peer source : peers) {
            for (Peer destination : peers) {
                if (!inScope.test(source, destination)) {
                    continue;
                }
                for (Port port : destination.ports()) {
                    if (admits(source, destination, port)) {
                        flows.add(new Flow(source.name(), destination.name(), port.number(), port.protocol()));
                    }
                }
            }
        }
        return flows;
    }

    boolean admits(Peer source, Peer destination, Port port) {
        return egressAdmits(source, destination, port) && ingressAdmits(source, destination, port);
    }

    private boolean egressAdmits(Peer source, Peer destination, Port port) {
        if (!source.isPod()) {
            return true;
        }
        List<NetworkPolicy> selecting = selecting(source, "Egress");
        if (selecting.isEmpty()) {
            return true;
        }
        return selecting.stream()
                .flatMap(policy -> Optional.ofNullable(policy.getSpec().getEgress()).orElse(List.of()).stream()
                        .filter(rule -> peersMatch(rule.getTo(), destination, namespaceOf(policy))
                                && portsMatch(rule.getPorts(), port)))
                .findAny()
                .isPresent();
    }

    private boolean ingressAdmits(Peer source, Peer destination, Port port) {
        if (!destination.isPod()) {
            return true;
        }
        List<NetworkPolicy> selecting = selecting(destination, "Ingress");
        if (selecting.isEmpty()) {
            return true;
        }
        return selecting.stream()
                .flatMap(policy -> Optional.ofNullable(policy.getSpec().getIngress()).orElse(List.of()).stream()
                        .filter(rule -> peersMatch(rule.getFrom(), source, namespaceOf(policy))
                                && portsMatch(rule.getPorts(), port)))
                .findAny()
                .isPresent();
    }

    /** The policies of the pod's namespace that select it and isolate it in the given direction. */
    private List<NetworkPolicy> selecting(Peer pod, String direction) {
        return policies.stream()
                .filter(policy -> namespaceOf(policy).equals(pod.namespace()))
                .filter(policy -> matches(policy.getSpec().getPodSelector(), pod.labels()))
                .filter(policy -> policyTypes(policy).contains(direction))
                .toList();
    }

    /** policyTypes as the API server defaults it: Ingress always, Egress when there are egress rules. */
    static Set<String> policyTypes(NetworkPolicy policy) {
        List<String> declared = policy.getSpec().getPolicyTypes();
        if (declared != null && !declared.isEmpty()) {
            return Set.copyOf(declared);
        }
        List<?> egress = policy.getSpec().getEgress();
        return egress != null && !egress.isEmpty() ? Set.of("Ingress", "Egress") : Set.of("Ingress");
    }

    private static boolean peersMatch(List<NetworkPolicyPeer> peers, Peer peer, String policyNamespace) {
        if (peers == null || peers.isEmpty()) {
            return true;
        }
        return peers.stream().anyMatch(candidate -> peerMatches(candidate, peer, policyNamespace));
    }

    private static boolean peerMatches(NetworkPolicyPeer rule, Peer peer, String policyNamespace) {
        if (rule.getIpBlock() != null) {
            return !peer.isPod() && inBlock(rule.getIpBlock(), peer.ip());
        }
        if (!peer.isPod()) {
            return false;
        }
        boolean namespaceMatches = rule.getNamespaceSelector() == null
                ? peer.namespace().equals(policyNamespace)
                : matches(rule.getNamespaceSelector(), peer.namespaceLabels());
        boolean podMatches = rule.getPodSelector() == null || matches(rule.getPodSelector(), peer.labels());
        return namespaceMatches && podMatches;
    }

    private static boolean portsMatch(List<NetworkPolicyPort> ports, Port port) {
        if (ports == null || ports.isEmpty()) {
            return true;
        }
        return ports.stream().anyMatch(candidate -> portMatches(candidate, port));
    }

    private static boolean portMatches(NetworkPolicyPort rule, Port port) {
        String protocol = Optional.ofNullable(rule.getProtocol()).orElse("TCP");
        if (!protocol.equals(port.protocol())) {
            return false;
        }
        IntOrString value = rule.getPort();
        if (value == null) {
            return true;
        }
        if (value.getStrVal() != null) {
            return value.getStrVal().equals(port.name());
        }
        int first = value.getIntVal();
        int last = rule.getEndPort() == null ? first : rule.getEndPort();
        return port.number() >= first && port.number() <= last;
    }

    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return true;
        }
        if (selector.getMatchLabels() != null) {
            for (var required : selector.getMatchLabels().entrySet()) {
                if (!required.getValue().equals(labels.get(required.getKey()))) {
                    return false;
                }
            }
        }
        if (selector.getMatchExpressions() != null) {
            for (LabelSelectorRequirement requirement : selector.getMatchExpressions()) {
                String value = labels.get(requirement.getKey());
                List<String> values = Optional.ofNullable(requirement.getValues()).orElse(List.of());
                boolean satisfied = switch (requirement.getOperator()) {
                    case "In" -> value != null && values.contains(value);
                    case "NotIn" -> value == null || !values.contains(value);
                    case "Exists" -> value != null;
                    case "DoesNotExist" -> value == null;
                    default -> throw new IllegalArgumentException("unknown selector operator " + requirement.getOperator());
                };
                if (!satisfied) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean inBlock(IPBlock block, String ip) {
        if (!inCidr(block.getCidr(), ip)) {
            return false;
        }
        return Optional.ofNullable(block.getExcept()).orElse(List.of()).stream().noneMatch(except -> inCidr(except, ip));
    }

    private static boolean inCidr(String cidr, String ip) {
        try {
            String[] parts = cidr.split("/");
            byte[] network = InetAddress.getByName(parts[0]).getAddress();
            byte[] address = InetAddress.getByName(ip).getAddress();
            if (network.length != address.length) {
                return false;
            }
            int bits = network.length * 8;
            int prefix = parts.length > 1 ? Integer.parseInt(parts[1]) : bits;
            BigInteger mask = prefix == 0 ? BigInteger.ZERO
                    : BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE).shiftRight(bits - prefix).shiftLeft(bits - prefix);
            return new BigInteger(1, network).and(mask).equals(new BigInteger(1, address).and(mask));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address: " + cidr + " / " + ip, e);
        }
    }

    private static String namespaceOf(NetworkPolicy policy) {
        return RenderedManifests.namespaceOf(policy);
    }
}
