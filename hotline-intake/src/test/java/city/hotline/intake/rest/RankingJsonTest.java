package city.hotline.intake.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import city.hotline.intake.service.RankingReport;
import city.hotline.intake.service.RankingReport.Ranking;
import city.hotline.intake.service.RankingReport.Rate;
import city.hotline.intake.service.RankingReport.Standing;
import city.hotline.intake.service.StatisticsLevel;

/** Rankings written standing by standing read exactly as the object mapper writes the report. */
class RankingJsonTest {

    /** As Quarkus configures the service's mapper: dates as ISO text. */
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void rankedTiedAndTooFewToRankPlacesAreWrittenAsTheMapperWritesThem() throws IOException {
        List<Standing> standings = List.of(new Standing(1, false, "120102001001", "大王庄社区", 4, 4, 1.0),
                new Standing(2, false, "120102001002", "十一经路社区 \"北\"", 3, 4, 0.75),
                new Standing(2, false, "120102001003", "六纬路社区", 6, 8, 0.75),
                new Standing(null, true, "120102001004", "唐家口社区", 1, 1, 1.0),
                new Standing(null, true, "120102001005", "二号桥社区", 0, 0, null));
        RankingReport report = new RankingReport(YearMonth.of(2023, 2), StatisticsLevel.COMMUNITY, "120102000000",
                3, List.of(new Ranking(Rate.RESPONSE, standings), new Ranking(Rate.RESOLUTION, List.of())));
        assertThat(written(report)).isEqualTo(mapper.writeValueAsString(report));
    }

    @Test
    void aCityWideReportNamesNoDistrict() throws IOException {
        RankingReport report = new RankingReport(YearMonth.of(2022, 12), StatisticsLevel.STREET, null, 10,
                List.of(new Ranking(Rate.SATISFACTION, List.of(new Standing(1, false, "110101004000", "东华门街道",
                        9, 10, 0.9)))));
        assertThat(written(report)).isEqualTo(mapper.writeValueAsString(report));
    }

    private String written(RankingReport report) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = mapper.getFactory().createGenerator(text)) {
            RankingJson.write(json, report);
        }
        return text.toString();
    }
}
