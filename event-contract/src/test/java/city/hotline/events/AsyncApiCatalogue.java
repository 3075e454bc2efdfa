package city.hotline.events;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfig;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;

/**
 * The AsyncAPI 3.0 document of every topic and event type, written from the contract itself: the
 * payload schemas from the records, the channels from {@link EventType}, the examples from
 * {@link EventExamples}. Kept in {@code docs/asyncapi.yaml}; a test fails when the two differ.
 */
final class AsyncApiCatalogue {

    /** What each topic carries, for readers of the catalogue; a topic missing here fails the build. */
    private static final Map<String, String> TOPIC_DESCRIPTIONS = Map.of(
            Topics.REGISTRY, "Changes to places, residents, workers, control zones and service directories, "
                    + "published by resident-registry.",
            Topics.CALLS, "Calls taken by hotline-intake and the tickets it opens or cancels.",
            Topics.CALLERS, "Who to tell about a ticket: the caller's resident id or phone, read by "
                    + "notification-service only, so no phone number travels on the other topics.",
            Topics.TICKETS, "Every step of every ticket, published by dispatch-service, for the services that "
                    + "follow tickets across communities.");

    private static final String DISPATCH_CHANNEL = "hotline.dispatch";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final SchemaGenerator schemas = new SchemaGenerator(payloadSchemaConfig());

    /**
     * Payload schemas as producers write them: every field present, in the record's order, null where
     * a value is unknown; further properties allowed, because readers ignore fields added later.
     */
    private static SchemaGeneratorConfig payloadSchemaConfig() {
        SchemaGeneratorConfigBuilder builder = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_7,
                OptionPreset.PLAIN_JSON)
                .with(Option.EXTRA_OPEN_API_FORMAT_VALUES, Option.NULLABLE_FIELDS_BY_DEFAULT, Option.INLINE_ALL_SCHEMAS)
                .without(Option.SCHEMA_VERSION_INDICATOR);
        builder.forFields().withRequiredCheck(field -> true);
        builder.forTypesInGeneral().withPropertySorter((one, other) -> 0);
        return builder.build();
    }

    /** The document as YAML text. */
    String yaml() {
        try {
            return YAML.writeValueAsString(document());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    ObjectNode document() {
        List<EventType<?>> types = EventType.all();
        ObjectNode root = nodes.objectNode();
        root.put("asyncapi", "3.0.0");
        ObjectNode info = root.putObject("info");
        info.put("title", "12345 city service hotline: events");
        info.put("version", "1");
        info.put("description", "Every event the hotline's services publish, as CloudEvents 1.0 in Kafka binary "
                + "mode: the attributes travel as ce_* headers, the record value is the JSON payload, the record key "
                + "is the community code. See docs/events.md for what each event means and who reads it.");
        root.put("defaultContentType", CloudEvent.DATA_CONTENT_TYPE);

        ObjectNode channels = root.putObject("channels");
        ObjectNode operations = root.putObject("operations");
        Map<String, List<EventType<?>>> byTopic = new TreeMap<>();
        types.forEach(type -> byTopic.computeIfAbsent(type.topic(), t -> new java.util.ArrayList<>()).add(type));
        byTopic.forEach((topic, ofTopic) -> {
            String description = TOPIC_DESCRIPTIONS.get(topic);
            if (description == null) {
                throw new IllegalStateException("topic " + topic + " has no description in the catalogue");
            }
            addChannel(channels, operations, topic, topic, description, ofTopic);
        });
        List<EventType<?>> dispatched = types.stream().filter(EventType::dispatched).toList();
        ObjectNode dispatch = addChannel(channels, operations, DISPATCH_CHANNEL,
                Topics.DISPATCH_PREFIX + "{communityCode}",
                "One community's ticket events only: the contract with the community's own systems, which a "
                        + "prefixed ACL confines to their topic.", dispatched);
        dispatch.putObject("parameters").putObject("communityCode")
                .put("description", "the community's 12-digit code, e.g. 110101006001");

        ObjectNode components = root.putObject("components");
        components.putObject("schemas").set("CloudEventHeaders", cloudEventHeaders());
        ObjectNode messages = components.putObject("messages");
        types.forEach(type -> messages.set(type.name(), message(type)));
        return root;
    }

    private ObjectNode addChannel(ObjectNode channels, ObjectNode operations, String id, String address,
            String description, List<EventType<?>> types) {
        ObjectNode channel = channels.putObject(id);
        channel.put("address", address);
        channel.put("description", description);
        ObjectNode messages = channel.putObject("messages");
        types.forEach(type -> messages.putObject(type.name()).put("$ref", "#/components/messages/" + type.name()));

        ObjectNode operation = operations.putObject("publish." + id);
        operation.put("action", "send");
        operation.putObject("channel").put("$ref", "#/channels/" + id);
        var refs = operation.putArray("messages");
        types.forEach(type -> refs.addObject().put("$ref", "#/channels/" + id + "/messages/" + type.name()));
        return channel;
    }

    private ObjectNode message(EventType<?> type) {
        ObjectNode message = nodes.objectNode();
        message.put("name", type.name());
        message.put("title", type.payloadType().getSimpleName());
        message.put("contentType", CloudEvent.DATA_CONTENT_TYPE);
        message.putObject("headers").put("$ref", "#/components/schemas/CloudEventHeaders");
        message.set("payload", schemas.generateSchema(type.payloadType()));
        ObjectNode kafka = message.putObject("bindings").putObject("kafka");
        kafka.putObject("key").put("type", "string").put("description", "the community code");
        kafka.put("bindingVersion", "0.5.0");
        ObjectNode example = message.putArray("examples").addObject();
        example.put("name", type.payloadType().getSimpleName());
        example.set("headers", exampleHeaders(type));
        example.set("payload", EventExamples.tree(type));
        return message;
    }

    private JsonNode exampleHeaders(EventType<?> type) {
        ObjectNode headers = nodes.objectNode();
        headers.put(KafkaBinding.SPEC_VERSION, CloudEvent.SPEC_VERSION);
        headers.put(KafkaBinding.ID, "3f6e1c2a-0b9d-4e8f-a7c6-5d4e3f2a1b0c");
        headers.put(KafkaBinding.SOURCE, "/" + producer(type));
        headers.put(KafkaBinding.TYPE, type.name());
        headers.put(KafkaBinding.TIME, "2022-12-05T01:12:31Z");
        headers.put(KafkaBinding.CONTENT_TYPE, CloudEvent.DATA_CONTENT_TYPE);
        return headers;
    }

    private static String producer(EventType<?> type) {
        return switch (type.topic()) {
            case Topics.REGISTRY -> "resident-registry";
            case Topics.CALLS, Topics.CALLERS -> "hotline-intake";
            default -> "dispatch-service";
        };
    }

    private ObjectNode cloudEventHeaders() {
        ObjectNode schema = nodes.objectNode();
        schema.put("type", "object");
        schema.put("description", "CloudEvents 1.0 attributes in Kafka binary content mode.");
        ObjectNode properties = schema.putObject("properties");
        header(properties, KafkaBinding.SPEC_VERSION, "always " + CloudEvent.SPEC_VERSION);
        header(properties, KafkaBinding.ID, "unique per event; consumers apply each event once by it");
        header(properties, KafkaBinding.SOURCE, "the service that emitted the event, e.g. /hotline-intake");
        header(properties, KafkaBinding.TYPE, "the event type, the message name in this catalogue");
        header(properties, KafkaBinding.TIME, "when the change happened, RFC 3339");
        header(properties, KafkaBinding.SUBJECT, "the entity the event is about, e.g. a ticket id");
        header(properties, KafkaBinding.CONTENT_TYPE, "always " + CloudEvent.DATA_CONTENT_TYPE);
        var required = schema.putArray("required");
        KafkaBinding.attributeHeaders().stream()
                .filter(name -> !name.equals(KafkaBinding.SUBJECT))
                .forEach(required::add);
        return schema;
    }

    private static void header(ObjectNode properties, String name, String description) {
        properties.putObject(name).put("type", "string").put("description", description);
    }
}
