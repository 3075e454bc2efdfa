package city.hotline.deploy;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** Routes a resource to the check for its API group: the typed models or the CloudNativePG schemas. */
final class Validation {

    private Validation() {
    }

    static List<String> problems(JsonNode resource) {
        if (CnpgSchema.knows(resource)) {
            return CnpgSchema.problems(resource);
        }
        if (ApiModel.knows(resource)) {
            return ApiModel.problems(resource);
        }
        return List.of("no schema for " + resource.path("apiVersion").asText() + " " + resource.path("kind").asText()
                + ": add one to deploy-tests before using this kind");
    }
}
