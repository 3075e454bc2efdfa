package city.hotline.intake.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import city.hotline.events.CallType;
import city.hotline.events.Category;
import city.hotline.intake.service.StatisticsRow;

/** A statistics row written field by field reads exactly as the object mapper writes the record. */
class StatisticsJsonTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void aRowWithEveryFigureIsWrittenAsTheMapperWritesIt() throws IOException {
        Map<CallType, Long> byType = new EnumMap<>(CallType.class);
        byType.put(CallType.PRAISE, 3L);
        byType.put(CallType.CONSULTATION, 7L);
        Map<Category, Long> byCategory = new EnumMap<>(Category.class);
        byCategory.put(Category.EPIDEMIC_CONTROL, 9L);
        byCategory.put(Category.OTHER, 1L);
        StatisticsRow row = new StatisticsRow("110101004001", "钟楼湾社区 \"东\"", 10, byType, byCategory, 3, 0, 0,
                12, 11, 9, 8, 7, 1, 2, 14.3, 45.0, 1234.6, 4200.0, 6, 5, 4, 0.8182, 0.8333, 0.6667, 7, 3, 0.4286);
        assertThat(written(row)).isEqualTo(mapper.writeValueAsString(row));
    }

    @Test
    void aRowWithoutTicketsOrCallsWritesItsRatesAsNull() throws IOException {
        StatisticsRow row = new StatisticsRow("110101004002", "草厂社区", 0, new EnumMap<>(CallType.class),
                new EnumMap<>(Category.class), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, null, null, null, 0, 0, 0, null,
                null, null, 0, 0, null);
        assertThat(written(row)).isEqualTo(mapper.writeValueAsString(row));
    }

    /**
     * A listing's generator writes its doubles with another algorithm than the mapper's; every rate (a fraction to
     * four places) and every duration in minutes (to a tenth, up to about 70 days) reads the same either way.
     */
    @Test
    void aListingWritesEveryRateAndDurationAsTheMapperDoes() throws IOException {
        ByteArrayOutputStream listed = new ByteArrayOutputStream();
        StringWriter mapped = new StringWriter();
        try (JsonGenerator listing = StatisticsJson.listing(mapper, listed);
                JsonGenerator plain = mapper.getFactory().createGenerator(mapped)) {
            listing.writeStartArray();
            plain.writeStartArray();
            for (int tenThousandths = 0; tenThousandths <= 10_000; tenThousandths++) {
                listing.writeNumber(tenThousandths / 10_000.0);
                plain.writeNumber(tenThousandths / 10_000.0);
            }
            for (int tenths = 0; tenths <= 1_000_000; tenths++) {
                listing.writeNumber(tenths / 10.0);
                plain.writeNumber(tenths / 10.0);
            }
            listing.writeEndArray();
            plain.writeEndArray();
        }
        assertThat(listed.toString(StandardCharsets.UTF_8)).isEqualTo(mapped.toString());
    }

    private String written(StatisticsRow row) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = mapper.getFactory().createGenerator(text)) {
            StatisticsJson.write(json, row);
        }
        return text.toString();
    }
}
