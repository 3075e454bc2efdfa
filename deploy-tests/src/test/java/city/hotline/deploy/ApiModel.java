package city.hotline.deploy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;

/**
 * Checks a resource against the typed API model of its kind: fabric8's Kubernetes model (generated
 * from the Kubernetes OpenAPI schema) and Strimzi's API model (from which Strimzi generates its
 * CRDs' openAPIV3Schema). Neither jar ships the schemas as files, so the model stands in for them:
 * binding fails on a value of the wrong type, and a field the API does not know lands in a
 * model object's {@code additionalProperties}, which is reported with its path.
 */
final class ApiModel {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);

    /** apiVersion + kind → model class. */
    private static final Map<String, Class<?>> MODELS = Map.ofEntries(
            Map.entry("v1/Namespace", Namespace.class),
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Secret", Secret.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("kafka.strimzi.io/v1beta2/Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaTopic", KafkaTopic.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaUser", KafkaUser.class));

    private ApiModel() {
    }

    static boolean knows(JsonNode resource) {
        return MODELS.containsKey(key(resource));
    }

    /** The problems of one resource; empty when it binds cleanly. */
    static List<String> problems(JsonNode resource) {
        Class<?> model = MODELS.get(key(resource));
        if (model == null) {
            return List.of("no API model for " + key(resource));
        }
        Object bound;
        try {
            bound = MAPPER.treeToValue(resource, model);
        } catch (JsonMappingException e) {
            return List.of(e.getOriginalMessage().lines().findFirst().orElse("") + " at " + path(e));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return List.of(e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        collectUnknown(bound, resource, "", problems, Collections.newSetFromMap(new IdentityHashMap<>()));
        return problems;
    }

    private static String key(JsonNode resource) {
        return resource.path("apiVersion").asText() + "/" + resource.path("kind").asText();
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference step : e.getPath()) {
            path.append(step.getFieldName() != null ? "." + step.getFieldName() : "[" + step.getIndex() + "]");
        }
        return path.toString();
    }

    /**
     * Walks the bound model beside the YAML it came from. A field the model does not know sits in
     * additionalProperties; a value an enum does not know (Strimzi's enums read those as null) is
     * null in the model where the YAML has a value.
     */
    private static void collectUnknown(Object value, JsonNode source, String path, List<String> problems, Set<Object> seen) {
        if (value == null) {
            if (source != null && !source.isMissingNode() && !source.isNull()) {
                problems.add("unknown value " + source + " at " + path);
            }
            return;
        }
        if (!isModel(value.getClass()) || !seen.add(value)) {
            if (value instanceof List<?> items) {
                int i = 0;
                for (Object item : items) {
                    collectUnknown(item, source.path(i), path + "[" + i + "]", problems, seen);
                    i++;
                }
            } else if (value instanceof Map<?, ?> map) {
                map.forEach((k, v) -> collectUnknown(v, source.path(String.valueOf(k)), path + "." + k, problems, seen));
            }
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !(getter.getName().startsWith("get") || getter.getName().startsWith("is"))
                    || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object child;
            try {
                child = getter.invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (child instanceof Map<?, ?> unknown && !unknown.isEmpty()) {
                    unknown.keySet().forEach(k -> problems.add("unknown field " + path + "." + k));
                }
            } else {
                String property = property(getter.getName());
                collectUnknown(child, source.path(property), path + "." + property, problems, seen);
            }
        }
    }

    private static boolean isModel(Class<?> type) {
        String name = type.getName();
        return !type.isEnum() && (name.startsWith("io.fabric8.kubernetes.api.model") || name.startsWith("io.strimzi.api"));
    }

    private static String property(String getter) {
        String bare = getter.startsWith("is") ? getter.substring(2) : getter.substring(3);
        return bare.isEmpty() ? bare : Character.toLowerCase(bare.charAt(0)) + bare.substring(1);
    }
}
