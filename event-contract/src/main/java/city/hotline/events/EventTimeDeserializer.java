package city.hotline.events;

import java.io.IOException;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;

/**
 * Reads a payload's {@code OffsetDateTime} fields through {@link Rfc3339}'s common forms, and leaves everything else
 * (numbers, other spellings, nulls, malformed text and its error) to Jackson's own deserializer, so a payload reads
 * as it did, only faster.
 */
final class EventTimeDeserializer extends StdScalarDeserializer<OffsetDateTime> {

    private static final long serialVersionUID = 1L;

    EventTimeDeserializer() {
        super(OffsetDateTime.class);
    }

    @Override
    public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.hasToken(JsonToken.VALUE_STRING)) {
            OffsetDateTime common = Rfc3339.parseCommonForm(parser.getText());
            if (common != null) {
                return common;
            }
        }
        return InstantDeserializer.OFFSET_DATE_TIME.deserialize(parser, context);
    }
}
