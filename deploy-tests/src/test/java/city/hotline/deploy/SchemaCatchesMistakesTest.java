package city.hotline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The checks of ManifestSchemaTest fail on the mistakes they exist for. */
class SchemaCatchesMistakesTest {

    private static JsonNode yaml(String text) {
        return Manifests.documents(Path.of("inline.yaml"), text).get(0).node();
    }

    @Test
    void aMisspelledDeploymentFieldFails() {
        JsonNode deployment = yaml("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: dispatch-service}
                spec:
                  replicas: 2
                  selector: {matchLabels: {app: d}}
                  template:
                    metadata: {labels: {app: d}}
                    spec:
                      containers:
                        - name: d
                          image: hotline/dispatch-service:0.1.0
                          readinessProbe:
                            httpGet: {path: /q/health/ready, port: 8082}
                            periodSecond: 5
                """);
        assertThat(Validation.problems(deployment))
                .containsExactly("unknown field .spec.template.spec.containers[0].readinessProbe.periodSecond");
    }

    @Test
    void aValueOfTheWrongTypeFails() {
        JsonNode autoscaler = yaml("""
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata: {name: dispatch-service}
                spec:
                  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: dispatch-service}
                  minReplicas: two
                  maxReplicas: 12
                """);
        assertThat(Validation.problems(autoscaler)).singleElement().asString().contains("minReplicas");
    }

    @Test
    void aMisspelledKafkaTopicFieldFails() {
        JsonNode topic = yaml("""
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaTopic
                metadata: {name: hotline.calls, labels: {strimzi.io/cluster: hotline-kafka}}
                spec:
                  partitions: 24
                  replicationFactor: 3
                """);
        assertThat(Validation.problems(topic)).containsExactly("unknown field .spec.replicationFactor");
    }

    @Test
    void anAclOperationKafkaDoesNotHaveFails() {
        JsonNode user = yaml("""
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaUser
                metadata: {name: community-110101004001}
                spec:
                  authentication: {type: scram-sha-512}
                  authorization:
                    type: simple
                    acls:
                      - resource: {type: topic, name: hotline.dispatch.110101004001, patternType: prefix}
                        operations: [Subscribe]
                """);
        assertThat(Validation.problems(user)).singleElement().asString().contains("Subscribe");
    }

    @Test
    void aMisspelledCloudNativePgFieldFails() {
        JsonNode cluster = yaml("""
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata: {name: hotline-db}
                spec:
                  instances: 3
                  storage: {size: 10Gi}
                  backup:
                    retentionPolicy: 30d
                    barmanObjectStore:
                      destinationPath: s3://b/
                      s3Credential: {}
                """);
        assertThat(Validation.problems(cluster)).anySatisfy(p -> assertThat(p).contains("s3Credential"));
    }

    @Test
    void aKindWithoutASchemaFails() {
        JsonNode ingress = yaml("""
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: hotline}
                """);
        assertThat(Validation.problems(ingress)).singleElement().asString().contains("no schema");
    }
}
