package city.hotline.intake.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
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

    private String written(StatisticsRow row) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = mapper.getFactory().createGenerator(text)) {
            StatisticsJson.write(json, row);
        }
        return text.toString();
    }
}
