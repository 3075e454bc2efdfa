package city.hotline.intake.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import jakarta.ws.rs.core.StreamingOutput;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import city.hotline.intake.service.StatisticsReport;
import city.hotline.intake.service.StatisticsRow;

/**
 * A statistics report as JSON ({@code from}, {@code to}, {@code level}, {@code periods} each with
 * {@code from}, {@code to}, {@code exactPercentiles} and {@code rows}), written row by row as the
 * rows are read, with the service's object mapper: memory stays flat whatever the number of rows.
 */
final class StatisticsJson {

    private StatisticsJson() {
    }

    static StreamingOutput of(StatisticsReport report, ObjectMapper mapper) {
        return output -> {
            try (JsonGenerator json = mapper.getFactory().createGenerator(output)) {
                json.writeStartObject();
                json.writeObjectField("from", report.from());
                json.writeObjectField("to", report.to());
                json.writeObjectField("level", report.level());
                json.writeArrayFieldStart("periods");
                report.writeTo(new StatisticsReport.Writer() {
                    @Override
                    public void period(LocalDate from, LocalDate to, boolean exactPercentiles) {
                        try {
                            json.writeStartObject();
                            json.writeObjectField("from", from);
                            json.writeObjectField("to", to);
                            json.writeBooleanField("exactPercentiles", exactPercentiles);
                            json.writeArrayFieldStart("rows");
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }

                    @Override
                    public void row(StatisticsRow row) {
                        try {
                            json.writeObject(row);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }

                    @Override
                    public void periodEnd() {
                        try {
                            json.writeEndArray();
                            json.writeEndObject();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                });
                json.writeEndArray();
                json.writeEndObject();
            }
        };
    }
}
