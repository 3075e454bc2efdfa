package city.hotline.registry.domain;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores days of the week as {@code MONDAY,WEDNESDAY,FRIDAY}: read with the need, never queried alone. */
@Converter
public class DaysOfWeek implements AttributeConverter<List<DayOfWeek>, String> {

    @Override
    public String convertToDatabaseColumn(List<DayOfWeek> days) {
        return days == null || days.isEmpty() ? null
                : days.stream().map(DayOfWeek::name).collect(Collectors.joining(","));
    }

    @Override
    public List<DayOfWeek> convertToEntityAttribute(String column) {
        return column == null || column.isBlank() ? List.of()
                : Arrays.stream(column.split(",")).map(DayOfWeek::valueOf).toList();
    }
}
