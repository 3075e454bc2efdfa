package city.hotline.intake.rest;

import java.io.IOException;

import jakarta.ws.rs.core.StreamingOutput;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;

import city.hotline.intake.service.RankingReport;

/**
 * A month's rankings as JSON, exactly as the object mapper writes a {@link RankingReport}, but each
 * place's standing written field by field: a city's communities are 21,000 standings (three rates),
 * and serialising them through the mapper (reflection, a name encoded at every field) was most of
 * the time of the answer (docs/statistics.md).
 */
final class RankingJson {

    private static final SerializableString RANK = new SerializedString("rank");
    private static final SerializableString TOO_FEW_TO_RANK = new SerializedString("tooFewToRank");
    private static final SerializableString CODE = new SerializedString("code");
    private static final SerializableString NAME = new SerializedString("name");
    private static final SerializableString COUNT = new SerializedString("count");
    private static final SerializableString OF = new SerializedString("of");
    private static final SerializableString RATE = new SerializedString("rate");

    private RankingJson() {
    }

    static StreamingOutput of(RankingReport report, ObjectMapper mapper) {
        return output -> {
            try (JsonGenerator json = StatisticsJson.listing(mapper, output)) {
                write(json, report);
            }
        };
    }

    /** The report's components in order, through the mapper but for the standings. */
    static void write(JsonGenerator json, RankingReport report) throws IOException {
        json.writeStartObject();
        json.writeObjectField("month", report.month());
        json.writeObjectField("level", report.level());
        json.writeObjectField("district", report.district());
        json.writeNumberField("minimumTickets", report.minimumTickets());
        json.writeArrayFieldStart("rankings");
        for (RankingReport.Ranking ranking : report.rankings()) {
            json.writeStartObject();
            json.writeObjectField("rate", ranking.rate());
            json.writeArrayFieldStart("standings");
            for (RankingReport.Standing standing : ranking.standings()) {
                write(json, standing);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void write(JsonGenerator json, RankingReport.Standing standing) throws IOException {
        json.writeStartObject();
        json.writeFieldName(RANK);
        if (standing.rank() == null) {
            json.writeNull();
        } else {
            json.writeNumber(standing.rank().intValue());
        }
        json.writeFieldName(TOO_FEW_TO_RANK);
        json.writeBoolean(standing.tooFewToRank());
        json.writeFieldName(CODE);
        json.writeString(standing.code());
        json.writeFieldName(NAME);
        json.writeString(standing.name());
        json.writeFieldName(COUNT);
        json.writeNumber(standing.count());
        json.writeFieldName(OF);
        json.writeNumber(standing.of());
        json.writeFieldName(RATE);
        if (standing.rate() == null) {
            json.writeNull();
        } else {
            json.writeNumber(standing.rate().doubleValue());
        }
        json.writeEndObject();
    }
}
