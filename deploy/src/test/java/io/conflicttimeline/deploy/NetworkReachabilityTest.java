package io.conflicttimeline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.conflicttimeline.deploy.NetworkReachability.Peer;
import io.conflicttimeline.deploy.NetworkReachability.Port;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;

/** The evaluator itself, on small hand-made cases, so that the overlay tests can trust it. */
class NetworkReachabilityTest {

    private static final Port HTTP = new Port("http", 8080, "TCP");
    private final Peer web = Peer.pod("web", "shop", Map.of("app", "web"), List.of(HTTP));
    private final Peer api = Peer.pod("api", "shop", Map.of("app", "api"), List.of(HTTP));
    private final Peer elsewhere = Peer.pod("elsewhere", "other", Map.of("app", "web"), List.of(HTTP));
    private final Peer internet = Peer.address("internet", "198.51.100.4", List.of(new Port("https", 443, "TCP")));

    @Test
    void withoutPoliciesEverythingIsAdmitted() {
        var reachability = new NetworkReachability(List.of());
        assertThat(reachability.admits(web, api, HTTP)).isTrue();
        assertThat(reachability.admits(internet, api, HTTP)).isTrue();
    }

    @Test
    void aPolicySelectingAPodIsolatesItInItsDirectionsOnly() {
        var reachability = new NetworkReachability(List.of(policy("deny-api-ingress", Map.of("app", "api"), List.of("Ingress"))));
        assertThat(reachability.admits(web, api, HTTP)).isFalse();
        assertThat(reachability.admits(api, web, HTTP)).as("egress not isolated").isTrue();
    }

    @Test
    void podSelectorsWithoutNamespaceSelectorOnlyMatchThePolicysNamespace() {
        NetworkPolicy allowWeb = new NetworkPolicyBuilder(policy("api", Map.of("app", "api"), List.of("Ingress")))
                .editSpec().addNewIngress().addNewFrom().withNewPodSelector().addToMatchLabels("app", "web").endPodSelector().endFrom()
                .addNewPort().withNewPort("http").endPort().endIngress().endSpec().build();
        var reachability = new NetworkReachability(List.of(allowWeb));
        assertThat(reachability.admits(web, api, HTTP)).as("named port").isTrue();
        assertThat(reachability.admits(elsewhere, api, HTTP)).isFalse();
        assertThat(reachability.admits(internet, api, HTTP)).isFalse();
        assertThat(reachability.admits(web, api, new Port("other", 9090, "TCP"))).isFalse();
    }

    @Test
    void bothEndsMustAdmitAConnection() {
        NetworkPolicy webEgressToInternetOnly = new NetworkPolicyBuilder(policy("web", Map.of("app", "web"), List.of("Egress")))
                .editSpec().addNewEgress().addNewTo().withNewIpBlock().withCidr("0.0.0.0/0").withExcept("10.0.0.0/8").endIpBlock().endTo()
                .endEgress().endSpec().build();
        var reachability = new NetworkReachability(List.of(webEgressToInternetOnly));
        assertThat(reachability.admits(web, internet, internet.ports().get(0))).isTrue();
        assertThat(reachability.admits(web, api, HTTP)).as("ipBlocks do not name pods").isFalse();
        assertThat(reachability.admits(web, Peer.address("private", "10.1.2.3", List.of(HTTP)), HTTP)).isFalse();
    }

    private static NetworkPolicy policy(String name, Map<String, String> selector, List<String> types) {
        return new NetworkPolicyBuilder().withNewMetadata().withName(name).withNamespace("shop").endMetadata()
                .withNewSpec().withNewPodSelector().withMatchLabels(selector).endPodSelector().withPolicyTypes(types).endSpec()
                .build();
    }
}
