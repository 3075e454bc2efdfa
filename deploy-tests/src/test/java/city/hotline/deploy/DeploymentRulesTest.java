package city.hotline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import city.hotline.events.Topics;

/** What deploy/k8s/README.md promises of the rendered manifests. */
class DeploymentRulesTest {

    private static final List<String> SERVICES = List.of("resident-registry", "hotline-intake", "dispatch-service",
            "notification-service");

    private static List<JsonNode> ofKind(List<JsonNode> resources, String kind) {
        return resources.stream().filter(r -> r.path("kind").asText().equals(kind)).toList();
    }

    private static JsonNode named(List<JsonNode> resources, String kind, String name) {
        return ofKind(resources, kind).stream().filter(r -> r.path("metadata").path("name").asText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + "/" + name));
    }

    @Test
    void everyServiceRunsLockedDownWithProbesAndItsOwnCredentials() {
        List<JsonNode> base = Kustomization.render(Manifests.ROOT.resolve("base"));
        for (String service : SERVICES) {
            JsonNode pod = named(base, "Deployment", service).path("spec").path("template").path("spec");
            JsonNode container = pod.path("containers").get(0);
            assertThat(container.path("image").asText()).as(service).startsWith("hotline/" + service + ":");
            assertThat(container.path("livenessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/live");
            assertThat(container.path("readinessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/ready");
            assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).as(service).isTrue();
            assertThat(container.path("securityContext").path("readOnlyRootFilesystem").asBoolean()).as(service).isTrue();
            assertThat(container.path("securityContext").path("allowPrivilegeEscalation").asBoolean(true)).isFalse();
            assertThat(container.path("volumeMounts").findValuesAsText("mountPath")).contains("/tmp");
            assertThat(container.path("resources").path("limits").has("memory")).as(service).isTrue();
            assertThat(container.path("env").findValuesAsText("name")).contains("QUARKUS_DATASOURCE_USERNAME",
                    "QUARKUS_DATASOURCE_PASSWORD", "KAFKA_SASL_JAAS_CONFIG");
            assertThat(container.path("env").findValues("secretKeyRef")).extracting(r -> r.path("name").asText())
                    .contains(service + "-db", service);
            named(base, "Service", service);
            named(base, "PodDisruptionBudget", service);
            named(base, "HorizontalPodAutoscaler", service);
            named(base, "NetworkPolicy", service + "-http");
            named(base, "KafkaUser", service);
        }
    }

    @Test
    void postgresAdmitsOnlyTheServicesItsOwnInstancesAndItsOperator() {
        JsonNode spec = named(Kustomization.render(Manifests.ROOT.resolve("base")), "NetworkPolicy", "hotline-db-ingress")
                .path("spec");
        assertThat(spec.path("podSelector").path("matchLabels").path("cnpg.io/cluster").asText()).isEqualTo("hotline-db");
        JsonNode database = spec.path("ingress").get(0);
        assertThat(database.path("ports").findValuesAsText("port")).containsExactly("5432");
        assertThat(database.path("from")).extracting(peer -> peer.path("podSelector").path("matchLabels").toString())
                .containsExactlyInAnyOrder("{\"app.kubernetes.io/part-of\":\"hotline\"}",
                        "{\"cnpg.io/cluster\":\"hotline-db\"}");
        assertThat(spec.path("ingress")).allSatisfy(rule -> assertThat(rule.has("from")).isTrue());
    }

    @Test
    void everyServiceTakesItsPersonalDataKeysFromASecretOfItsOwn() {
        List<JsonNode> base = Kustomization.render(Manifests.ROOT.resolve("base"));
        List<JsonNode> dev = Kustomization.render(Manifests.ROOT.resolve("overlays/dev"));
        for (String service : SERVICES) {
            JsonNode env = named(base, "Deployment", service).path("spec").path("template").path("spec")
                    .path("containers").get(0).path("env");
            List<String> keyVariables = List.of("HOTLINE_PERSONAL_DATA_KEYS", "HOTLINE_PERSONAL_DATA_INDEX_KEY");
            for (JsonNode variable : env) {
                if (keyVariables.contains(variable.path("name").asText())) {
                    assertThat(variable.path("valueFrom").path("secretKeyRef").path("name").asText())
                            .as(service).isEqualTo(service + "-personal-data");
                }
            }
            assertThat(env.findValuesAsText("name")).as(service).containsAll(keyVariables);
            JsonNode secret = named(dev, "Secret", service + "-personal-data").path("stringData");
            assertThat(secret.has("keys") && secret.has("index-key")).as(service).isTrue();
        }
    }

    @Test
    void everySharedTopicIsReplicatedThreeTimesAndTheRegistryIsKeptForever() {
        List<JsonNode> base = Kustomization.render(Manifests.ROOT.resolve("base"));
        for (String topic : List.of(Topics.REGISTRY, Topics.CALLS, Topics.CALLERS, Topics.TICKETS,
                Topics.deadLetter("hotline-intake"),
                Topics.deadLetter("dispatch-service"), Topics.deadLetter("notification-service"))) {
            JsonNode spec = named(base, "KafkaTopic", topic).path("spec");
            assertThat(spec.path("replicas").asInt()).as(topic).isEqualTo(3);
            assertThat(spec.path("config").path("min.insync.replicas").asInt()).as(topic).isEqualTo(2);
        }
        assertThat(named(base, "KafkaTopic", Topics.REGISTRY).path("spec").path("config").path("retention.ms").asLong())
                .isEqualTo(-1);
    }

    @Test
    void aCommunityUserReadsOnlyItsOwnDispatchTopic() {
        JsonNode user = Manifests.documents(Manifests.ROOT.resolve("examples/community-user.yaml")).get(0).node();
        JsonNode acls = user.path("spec").path("authorization").path("acls");
        assertThat(acls).allSatisfy(acl -> {
            assertThat(acl.path("resource").path("name").asText()).isEqualTo(Topics.dispatch("110101004001"));
            assertThat(acl.path("resource").path("patternType").asText()).isEqualTo("prefix");
            assertThat(acl.path("operations")).extracting(JsonNode::asText).containsAnyOf("Read", "Describe")
                    .doesNotContain("Write", "Create", "Delete", "Alter", "All");
        });
    }

    @Test
    void devRunsOneOfEverythingAndProdSpreadsThreeReplicasOverNodes() {
        List<JsonNode> dev = Kustomization.render(Manifests.ROOT.resolve("overlays/dev"));
        assertThat(ofKind(dev, "Deployment")).allSatisfy(d -> assertThat(d.path("spec").path("replicas").asInt()).isEqualTo(1));
        assertThat(ofKind(dev, "KafkaTopic")).allSatisfy(t -> assertThat(t.path("spec").path("replicas").asInt()).isEqualTo(1));
        assertThat(named(dev, "Cluster", "hotline-db").path("spec").path("instances").asInt()).isEqualTo(1);
        assertThat(ofKind(dev, "ScheduledBackup")).isEmpty();
        // a database password and the personal-data keys per service
        assertThat(ofKind(dev, "Secret")).hasSize(SERVICES.size() * 2);

        List<JsonNode> prod = Kustomization.render(Manifests.ROOT.resolve("overlays/prod"));
        for (JsonNode deployment : ofKind(prod, "Deployment")) {
            assertThat(deployment.path("spec").path("replicas").asInt()).isEqualTo(3);
            assertThat(deployment.path("spec").path("template").path("spec").path("affinity").path("podAntiAffinity")
                    .path("requiredDuringSchedulingIgnoredDuringExecution").get(0).path("topologyKey").asText())
                    .isEqualTo("kubernetes.io/hostname");
            assertThat(deployment.findValuesAsText("image")).allSatisfy(i -> assertThat(i).startsWith("registry."));
        }
    }
}
