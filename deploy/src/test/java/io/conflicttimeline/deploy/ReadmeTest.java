package io.conflicttimeline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** deploy/k8s/README.md documents the commands that work with these manifests. */
class ReadmeTest {

    @Test
    void documentsBuildingDeployingReachingAndScaling() throws IOException {
        String readme = Files.readString(Kustomize.k8sDir().resolve("README.md"));
        String version = Kustomize.projectVersion();
        assertThat(readme)
                .contains("./mvnw package", "./mvnw package -Pnative", "-Dquarkus.native.container-build=true")
                .contains("docker build -f $svc/src/main/docker/Dockerfile.jvm -t conflict-timeline/$svc:" + version + " $svc")
                .contains("docker build -f $svc/src/main/docker/Dockerfile.native-micro -t conflict-timeline/$svc:" + version + " $svc")
                .contains("kubectl apply -k deploy/k8s/overlays/dev", "kubectl apply -k deploy/k8s/overlays/prod")
                .contains("kubectl port-forward svc/timeline-service 8080:80")
                .contains("kubectl scale deploy/nlp-service --replicas=3")
                .contains("advisory lock");
    }

    @Test
    void everyScriptTheReadmeRunsExists() throws IOException {
        String readme = Files.readString(Kustomize.k8sDir().resolve("README.md"));
        Matcher scripts = Pattern.compile("deploy/k8s/([\\w-]+\\.sh)").matcher(readme);
        int found = 0;
        while (scripts.find()) {
            found++;
            assertThat(Kustomize.k8sDir().resolve(scripts.group(1))).isExecutable();
        }
        assertThat(found).isPositive();
    }
}
