package city.hotline.notification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import city.hotline.events.CloudEvent;
import city.hotline.events.MalformedEventException;

/** A CloudEvent in structured JSON form (CloudEvents JSON event format), as webhooks receive it. */
final class CloudEventJson {

    private CloudEventJson() {
    }

    static String structured(CloudEvent event, ObjectMapper json) {
        ObjectNode node = json.createObjectNode()
                .put("specversion", CloudEvent.SPEC_VERSION)
                .put("id", event.id())
                .put("source", event.source())
                .put("type", event.type())
                .put("time", event.time().toString());
        if (event.subject() != null) {
            node.put("subject", event.subject());
        }
        node.put("datacontenttype", CloudEvent.DATA_CONTENT_TYPE);
        try {
            if (event.data() != null) {
                node.set("data", json.readTree(event.data()));
            }
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("event " + event.id() + " has data that is not JSON", e);
        }
    }
}
