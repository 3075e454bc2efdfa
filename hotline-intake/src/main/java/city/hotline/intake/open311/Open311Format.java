package city.hotline.intake.open311;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;

/**
 * GeoReport v2's two formats: a path ends in {@code .json} or {@code .xml} and the answer follows it.
 * In XML a list is a root element with one child element per item ({@code <services><service>}),
 * and a list inside an item is wrapped the same way ({@code <formats><format>}).
 */
enum Open311Format {
    JSON, XML;

    /** The paths' format suffix, as a JAX-RS template regex. */
    static final String SUFFIXES = "json|xml";

    /** Lists inside items and the name of their elements in XML. */
    private static final Map<String, String> NESTED_ELEMENTS = Map.of(
            "endpoints", "endpoint", "formats", "format", "attributes", "attribute");

    private static final XmlMapper XML_MAPPER = XmlMapper.builder()
            .defaultUseWrapper(false)
            .enable(ToXmlGenerator.Feature.WRITE_XML_DECLARATION)
            .build();

    static Open311Format of(String suffix) {
        return valueOf(suffix.toUpperCase(Locale.ROOT));
    }

    /** A list: a JSON array, or {@code <root><element>…</element>…</root>}. */
    Response list(int status, String root, String element, List<?> items) {
        if (this == JSON) {
            return Response.status(status).type(MediaType.APPLICATION_JSON).entity(items).build();
        }
        ObjectNode document = XML_MAPPER.createObjectNode();
        ArrayNode children = document.putArray(element);
        items.forEach(item -> children.add(wrapNestedLists(XML_MAPPER.valueToTree(item))));
        return xml(status, root, document);
    }

    /** One object: a JSON object, or {@code <root>…</root>}. */
    Response object(int status, String root, Object value) {
        if (this == JSON) {
            return Response.status(status).type(MediaType.APPLICATION_JSON).entity(value).build();
        }
        return xml(status, root, wrapNestedLists(XML_MAPPER.valueToTree(value)));
    }

    /** An error in GeoReport's form: {@code [{code, description}]} or {@code <errors><error>}. */
    Response error(int code, String description) {
        return list(code, "errors", "error", List.of(new Open311Resource.Error(code, description)));
    }

    private static JsonNode wrapNestedLists(JsonNode node) {
        if (node instanceof ObjectNode object) {
            NESTED_ELEMENTS.forEach((list, element) -> {
                if (object.get(list) instanceof ArrayNode items) {
                    ArrayNode wrapped = object.putObject(list).putArray(element);
                    items.forEach(item -> wrapped.add(wrapNestedLists(item)));
                }
            });
        }
        return node;
    }

    private static Response xml(int status, String root, JsonNode document) {
        try {
            String body = XML_MAPPER.writer().withRootName(root).writeValueAsString(document);
            return Response.status(status).type(MediaType.TEXT_XML_TYPE.withCharset("UTF-8")).entity(body).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an Open311 answer could not be written as XML", e);
        }
    }
}
