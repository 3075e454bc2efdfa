package city.hotline.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Renders a kustomization as {@code kustomize build} would, for the features these manifests use:
 * resources (files and directories), strategic-merge patches of whole maps (a list in such a patch
 * is refused, since Kustomize would merge it by key), JSON 6902 patches (add, replace, remove)
 * with a target kind, {@code $patch: delete}, {@code images} and {@code secretGenerator} literals.
 * Anything else in a kustomization fails the render, so this stays honest as the manifests grow.
 */
final class Kustomization {

    private static final List<String> SUPPORTED = List.of("apiVersion", "kind", "namespace", "resources", "patches",
            "images", "generatorOptions", "secretGenerator");

    private Kustomization() {
    }

    /** The files a kustomization names that do not exist. */
    static List<String> missingFiles(Path dir) {
        JsonNode k = read(dir);
        List<String> missing = new ArrayList<>();
        for (JsonNode r : k.path("resources")) {
            Path p = dir.resolve(r.asText()).normalize();
            if (!Files.exists(p) || Files.isDirectory(p) && !Files.exists(p.resolve("kustomization.yaml"))) {
                missing.add(r.asText());
            }
        }
        for (JsonNode patch : k.path("patches")) {
            if (!Files.isRegularFile(dir.resolve(patch.path("path").asText()))) {
                missing.add(patch.path("path").asText());
            }
        }
        return missing;
    }

    static List<JsonNode> render(Path dir) {
        JsonNode k = read(dir);
        k.fieldNames().forEachRemaining(field -> {
            if (!SUPPORTED.contains(field)) {
                throw new IllegalStateException(dir + ": the render in deploy-tests does not know '" + field + "'");
            }
        });
        List<JsonNode> resources = new ArrayList<>();
        for (JsonNode r : k.path("resources")) {
            Path p = dir.resolve(r.asText()).normalize();
            if (Files.isDirectory(p)) {
                resources.addAll(render(p));
            } else {
                Manifests.documents(p).forEach(d -> resources.add(d.node().deepCopy()));
            }
        }
        for (JsonNode g : k.path("secretGenerator")) {
            resources.add(secret(g));
        }
        for (JsonNode patch : k.path("patches")) {
            Path file = dir.resolve(patch.path("path").asText());
            List<Manifests.Document> docs = Manifests.documents(file);
            if (docs.size() == 1 && docs.get(0).node().isArray()) {
                String kind = patch.path("target").path("kind").asText();
                List<JsonNode> targets = resources.stream().filter(r -> r.path("kind").asText().equals(kind)).toList();
                if (kind.isEmpty() || targets.isEmpty()) {
                    throw new IllegalStateException(file + ": a JSON patch needs a target kind that matches resources");
                }
                targets.forEach(t -> jsonPatch((ObjectNode) t, docs.get(0).node(), file));
            } else {
                for (Manifests.Document d : docs) {
                    strategicMerge(resources, d.node(), file);
                }
            }
        }
        for (JsonNode image : k.path("images")) {
            setImage(resources, image);
        }
        if (k.has("namespace")) {
            resources.stream().filter(r -> !r.path("kind").asText().equals("Namespace"))
                    .forEach(r -> ((ObjectNode) r.path("metadata")).put("namespace", k.get("namespace").asText()));
        }
        return resources;
    }

    private static JsonNode read(Path dir) {
        return Manifests.documents(dir.resolve("kustomization.yaml")).get(0).node();
    }

    private static JsonNode secret(JsonNode generator) {
        ObjectNode secret = JsonNodeFactory.instance.objectNode();
        secret.put("apiVersion", "v1").put("kind", "Secret");
        secret.putObject("metadata").put("name", generator.path("name").asText());
        if (generator.has("type")) {
            secret.put("type", generator.get("type").asText());
        }
        ObjectNode data = secret.putObject("stringData");
        for (JsonNode literal : generator.path("literals")) {
            String[] kv = literal.asText().split("=", 2);
            data.put(kv[0], kv[1]);
        }
        return secret;
    }

    private static void strategicMerge(List<JsonNode> resources, JsonNode patch, Path file) {
        JsonNode target = resources.stream()
                .filter(r -> r.path("kind").equals(patch.path("kind"))
                        && r.path("metadata").path("name").equals(patch.path("metadata").path("name")))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(file + ": no resource " + patch.path("kind").asText()
                        + "/" + patch.path("metadata").path("name").asText() + " to patch"));
        if ("delete".equals(patch.path("$patch").asText())) {
            resources.remove(target);
            return;
        }
        merge((ObjectNode) target, patch, file);
    }

    private static void merge(ObjectNode target, JsonNode patch, Path file) {
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode existing = target.get(e.getKey());
            if (e.getValue().isNull()) {
                target.remove(e.getKey());
            } else if (e.getValue().isObject() && existing != null && existing.isObject()) {
                merge((ObjectNode) existing, e.getValue(), file);
            } else if (e.getValue().isArray() && existing != null) {
                throw new IllegalStateException(file + ": merging the list '" + e.getKey() + "' is not rendered here");
            } else {
                target.set(e.getKey(), e.getValue().deepCopy());
            }
        }
    }

    private static void jsonPatch(ObjectNode target, JsonNode operations, Path file) {
        for (JsonNode op : operations) {
            List<String> path = pointer(op.path("path").asText());
            String last = path.get(path.size() - 1);
            JsonNode parent = target;
            for (String step : path.subList(0, path.size() - 1)) {
                parent = parent.path(step);
            }
            if (!parent.isObject()) {
                throw new IllegalStateException(file + ": " + op.path("path").asText() + " has no parent in "
                        + target.path("metadata").path("name").asText());
            }
            ObjectNode object = (ObjectNode) parent;
            switch (op.path("op").asText()) {
                case "add" -> object.set(last, op.get("value").deepCopy());
                case "replace", "remove" -> {
                    if (!object.has(last)) {
                        throw new IllegalStateException(file + ": " + op.path("path").asText() + " does not exist in "
                                + target.path("metadata").path("name").asText());
                    }
                    if (op.path("op").asText().equals("remove")) {
                        object.remove(last);
                    } else {
                        object.set(last, op.get("value").deepCopy());
                    }
                }
                default -> throw new IllegalStateException(file + ": op " + op.path("op").asText() + " is not rendered here");
            }
        }
    }

    private static List<String> pointer(String path) {
        List<String> steps = new ArrayList<>();
        for (String step : path.substring(1).split("/")) {
            steps.add(step.replace("~1", "/").replace("~0", "~"));
        }
        return steps;
    }

    private static void setImage(List<JsonNode> resources, JsonNode image) {
        String name = image.path("name").asText();
        for (JsonNode r : resources) {
            for (JsonNode c : r.path("spec").path("template").path("spec").path("containers")) {
                String current = c.path("image").asText();
                if (current.equals(name) || current.startsWith(name + ":")) {
                    String tag = image.has("newTag") ? image.get("newTag").asText() : current.substring(current.indexOf(':') + 1);
                    ((ObjectNode) c).put("image", image.path("newName").asText(name) + ":" + tag);
                }
            }
        }
    }
}
