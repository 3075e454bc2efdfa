package city.hotline.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

class Rfc3339Test {

    /** What the producers write: OffsetDateTime.toString() drops zero seconds, and prints 3, 6 or 9 fraction digits. */
    @ParameterizedTest
    @ValueSource(strings = {"2026-11-28T12:48:26.123456Z", "2026-11-28T12:48:26.123Z", "2026-11-28T12:48:26.123456789Z",
            "2026-11-28T12:48:26Z", "2026-11-28T12:48Z", "2026-11-28T20:48:26.5+08:00", "2026-11-28T04:48:26-08:00",
            "2026-11-28T12:48:26+05:45", "2026-11-28T12:48:26.1-00:30", "2026-11-28T12:48:26+18:00",
            "2026-11-28T12:48:26-18:00", "2024-02-29T23:59:59.999999999+14:00", "0000-01-01T00:00Z",
            "9999-12-31T23:59:59.000000001-00:00", "2026-11-28T12:48:26.000Z"})
    void theCommonFormsReadAsTheGeneralParserReadsThem(String text) {
        OffsetDateTime general = OffsetDateTime.parse(text);

        assertThat(Rfc3339.parseCommonForm(text)).as("read digit by digit").isEqualTo(general);
        assertThat(Rfc3339.parse(text)).isEqualTo(general);
        assertThat(Rfc3339.parse(text).getOffset()).as("the offset as written").isEqualTo(general.getOffset());
    }

    @Test
    void anOffsetIsKeptAsWrittenNotTurnedIntoUtc() {
        OffsetDateTime read = Rfc3339.parse("2026-11-28T20:48:26.25+08:00");

        assertThat(read.getOffset()).isEqualTo(ZoneOffset.ofHours(8));
        assertThat(read.getHour()).isEqualTo(20);
        assertThat(read.getNano()).isEqualTo(250_000_000);
        assertThat(read.toInstant()).isEqualTo(OffsetDateTime.parse("2026-11-28T12:48:26.25Z").toInstant());
    }

    /** Spellings the general parser accepts and the digit-by-digit one leaves to it. */
    @ParameterizedTest
    @ValueSource(strings = {"2026-11-28t12:48:26z", "2026-11-28T12:48:26+08:00:30", "+12026-11-28T12:48:26Z",
            "2026-11-28T12:48:26.Z", "2026-11-28T12:48:26+08"})
    void otherSpellingsAreLeftToTheGeneralParser(String text) {
        assertThat(Rfc3339.parseCommonForm(text)).isNull();
        assertThat(Rfc3339.parse(text)).isEqualTo(OffsetDateTime.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026-11-28", "2026-11-28T12:48", "2026-11-28T12:48:26", "2026-11-28 12:48:26Z",
            "2026-02-29T12:48:26Z", "2026-04-31T12:48:26Z", "2026-13-01T12:48:26Z", "2026-11-28T24:00:00Z",
            "2026-11-28T23:59:60Z", "2026-11-28T12:60Z", "2026-11-28T12:48:26.1234567890Z", "2026-11-28T12:48:26+8:00",
            "2026-11-28T12:48:26+0800", "2026-11-28T12:48:26+18:01",
            "2026-11-28T12:48:26+08:60", "2026-11-28T12:48:26*08:00", "2026-11-28T12:48:2Z", "2026-1１-28T12:48:26Z",
            "2026-11-28T12:48:26ZZ", "2026-11-28T12:48:26Z ", "２026-11-28T12:48:26Z", "2026-11-28T12:48:26.+08:00x"})
    void whatTheGeneralParserRefusesIsRefused(String text) {
        assertThat(Rfc3339.parseCommonForm(text)).isNull();
        assertThatThrownBy(() -> OffsetDateTime.parse(text)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> Rfc3339.parse(text)).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void anEnvelopeWhoseTimeIsNoTimestampIsMalformed() {
        CloudEvent event = CloudEvent.of(EventType.TICKET_CLOSED, "/test", "T1",
                new TicketClosed("T1", "110101001001", Satisfaction.SATISFIED, OffsetDateTime.parse("2026-11-28T12:48:26.123+08:00")));
        var record = new org.apache.kafka.clients.consumer.ConsumerRecord<>("hotline.tickets", 0, 0L, "110101001001",
                event.data());
        KafkaBinding.headers(event).forEach(header -> record.headers().add(header));
        assertThat(KafkaBinding.read(record).time()).isEqualTo(event.time());

        record.headers().remove("ce_time");
        record.headers().add("ce_time", "2026-02-30T12:00:00Z".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThatThrownBy(() -> KafkaBinding.read(record)).isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("ce_time");
    }

    /** A payload's times read as Jackson's own OffsetDateTime deserializer reads them, whatever their spelling. */
    @Test
    void payloadTimesReadAsJacksonReadsThem() throws Exception {
        ObjectMapper jackson = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        for (String time : List.of("\"2026-11-28T20:48:26.123456+08:00\"", "\"2026-11-28T12:48Z\"",
                "\"2026-11-28T12:48:26+0800\"", "\" 2026-11-28T12:48:26Z \"", "1764334106.5", "1764334106", "null")) {
            String json = "{\"ticketId\":\"T1\",\"communityCode\":\"110101001001\",\"closedAt\":" + time + "}";

            TicketClosed read = EventJson.read(json, TicketClosed.class);

            TicketClosed expected = jackson.readValue(json, TicketClosed.class);
            assertThat(read).as(time).isEqualTo(expected);
            if (read.closedAt() != null) {
                assertThat(read.closedAt().getOffset()).as(time).isEqualTo(expected.closedAt().getOffset());
            }
        }
        assertThatThrownBy(() -> EventJson.read(
                "{\"ticketId\":\"T1\",\"communityCode\":\"110101001001\",\"closedAt\":\"2026-02-30T12:00Z\"}",
                TicketClosed.class)).isInstanceOf(MalformedEventException.class);
    }
}
