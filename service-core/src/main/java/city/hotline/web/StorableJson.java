package city.hotline.web;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Set;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Refuses, as a 400 naming the field, JSON values a request may carry but no service can keep: strings with a NUL
 * (PostgreSQL's text cannot hold one) or half a surrogate pair (not Unicode; stored, it would silently become
 * {@code ?}), and dates and times outside the years 1 to 9999 (ISO-8601 without its expanded years; further out,
 * date arithmetic overflows). A name given twice in one object is refused too: which value counts differs between
 * parsers, and Jackson fails on it for records of one field. Done once, where every request body is read, rather
 * than in each service.
 */
@Singleton
class StorableJson implements ObjectMapperCustomizer {

    private static final Set<Class<?>> DATES = Set.of(LocalDate.class, LocalDateTime.class, OffsetDateTime.class,
            ZonedDateTime.class, Instant.class);
    private static final long FIRST_YEAR = 1;
    private static final long LAST_YEAR = 9999;
    private static final long FIRST_SECOND = LocalDate.of(1, 1, 1).toEpochDay() * 86_400;
    private static final long AFTER_LAST_SECOND = LocalDate.of(10_000, 1, 1).toEpochDay() * 86_400;

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("storable-json");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                if (type == String.class || DATES.contains(type)) {
                    return new Checked(deserializer);
                }
                return deserializer;
            }
        });
        mapper.registerModule(module);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    /** The deserializer Jackson would use, and then the check of what it read. */
    private static final class Checked extends DelegatingDeserializer {

        Checked(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Checked(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            String refusal = refusal(value);
            if (refusal != null) {
                return context.handleWeirdStringValue(handledType(), parser.getText(), refusal);
            }
            return value;
        }
    }

    /** Why a value cannot be kept, or null when it can. */
    static String refusal(Object value) {
        if (value instanceof String text) {
            return StorableText.isStorable(text) ? null : StorableText.REFUSAL;
        }
        if (value instanceof Instant instant) {
            long second = instant.getEpochSecond();
            return second >= FIRST_SECOND && second < AFTER_LAST_SECOND ? null : "a time outside the years 1 to 9999";
        }
        if (value instanceof TemporalAccessor date && date.isSupported(ChronoField.YEAR)) {
            long year = date.getLong(ChronoField.YEAR);
            return year >= FIRST_YEAR && year <= LAST_YEAR ? null : "a date outside the years 1 to 9999";
        }
        return null;
    }
}
