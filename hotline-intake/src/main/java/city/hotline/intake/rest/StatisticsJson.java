package city.hotline.intake.rest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;

import jakarta.ws.rs.core.StreamingOutput;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;

import city.hotline.events.CallType;
import city.hotline.events.Category;
import city.hotline.intake.service.StatisticsReport;
import city.hotline.intake.service.StatisticsRow;

/**
 * A statistics report as JSON ({@code from}, {@code to}, {@code level}, {@code periods} each with
 * {@code from}, {@code to}, {@code exactPercentiles} and {@code rows}), written row by row as the
 * rows are read, with the service's object mapper: memory stays flat whatever the number of rows.
 * A row's fields are written one by one, in the order of {@link StatisticsRow}'s components, as the
 * mapper would write the record: serialising it through the mapper (reflection, a name encoded at
 * every field) was half the time intake spent on an answer listing every community (docs/statistics.md).
 */
final class StatisticsJson {

    /*
     * A row's field names, and the names of the types and categories, encoded once: encoding each
     * name anew was the largest part of writing a row.
     */
    private static final SerializableString CODE = new SerializedString("code");
    private static final SerializableString NAME = new SerializedString("name");
    private static final SerializableString CALLS = new SerializedString("calls");
    private static final SerializableString CALLS_BY_TYPE = new SerializedString("callsByType");
    private static final SerializableString CALLS_BY_CATEGORY = new SerializedString("callsByCategory");
    private static final SerializableString PRAISE = new SerializedString("praise");
    private static final SerializableString COMPLAINTS = new SerializedString("complaints");
    private static final SerializableString SUGGESTIONS = new SerializedString("suggestions");
    private static final SerializableString TICKETS_OPENED = new SerializedString("ticketsOpened");
    private static final SerializableString TICKETS_DISPATCHED = new SerializedString("ticketsDispatched");
    private static final SerializableString ACCEPTED_IN_TIME = new SerializedString("acceptedInTime");
    private static final SerializableString RESOLVED = new SerializedString("resolved");
    private static final SerializableString CLOSED = new SerializedString("closed");
    private static final SerializableString REOPENED = new SerializedString("reopened");
    private static final SerializableString OVERDUE = new SerializedString("overdue");
    private static final SerializableString MEAN_MINUTES_TO_ACCEPT = new SerializedString("meanMinutesToAccept");
    private static final SerializableString P90_MINUTES_TO_ACCEPT = new SerializedString("p90MinutesToAccept");
    private static final SerializableString MEAN_MINUTES_TO_RESOLVE = new SerializedString("meanMinutesToResolve");
    private static final SerializableString P90_MINUTES_TO_RESOLVE = new SerializedString("p90MinutesToResolve");
    private static final SerializableString FOLLOW_UPS = new SerializedString("followUps");
    private static final SerializableString SOLVED_AT_FOLLOW_UP = new SerializedString("solvedAtFollowUp");
    private static final SerializableString SATISFIED = new SerializedString("satisfied");
    private static final SerializableString RESPONSE_RATE = new SerializedString("responseRate");
    private static final SerializableString RESOLUTION_RATE = new SerializedString("resolutionRate");
    private static final SerializableString SATISFACTION_RATE = new SerializedString("satisfactionRate");
    private static final SerializableString CONSULTATIONS = new SerializedString("consultations");
    private static final SerializableString ANSWERED_ON_CALL = new SerializedString("answeredOnCall");
    private static final SerializableString FIRST_CONTACT_RESOLUTION_RATE =
            new SerializedString("firstContactResolutionRate");
    private static final SerializableString[] TYPES = names(CallType.values());
    private static final SerializableString[] CATEGORIES = names(Category.values());

    private StatisticsJson() {
    }

    /** The row as the mapper writes a {@link StatisticsRow}: its components in order, nulls written. */
    static void write(JsonGenerator json, StatisticsRow row) throws IOException {
        json.writeStartObject();
        json.writeFieldName(CODE);
        json.writeString(row.code());
        json.writeFieldName(NAME);
        json.writeString(row.name());
        json.writeFieldName(CALLS);
        json.writeNumber(row.calls());
        writeCounts(json, CALLS_BY_TYPE, row.callsByType(), TYPES);
        writeCounts(json, CALLS_BY_CATEGORY, row.callsByCategory(), CATEGORIES);
        json.writeFieldName(PRAISE);
        json.writeNumber(row.praise());
        json.writeFieldName(COMPLAINTS);
        json.writeNumber(row.complaints());
        json.writeFieldName(SUGGESTIONS);
        json.writeNumber(row.suggestions());
        json.writeFieldName(TICKETS_OPENED);
        json.writeNumber(row.ticketsOpened());
        json.writeFieldName(TICKETS_DISPATCHED);
        json.writeNumber(row.ticketsDispatched());
        json.writeFieldName(ACCEPTED_IN_TIME);
        json.writeNumber(row.acceptedInTime());
        json.writeFieldName(RESOLVED);
        json.writeNumber(row.resolved());
        json.writeFieldName(CLOSED);
        json.writeNumber(row.closed());
        json.writeFieldName(REOPENED);
        json.writeNumber(row.reopened());
        json.writeFieldName(OVERDUE);
        json.writeNumber(row.overdue());
        writeNumber(json, MEAN_MINUTES_TO_ACCEPT, row.meanMinutesToAccept());
        writeNumber(json, P90_MINUTES_TO_ACCEPT, row.p90MinutesToAccept());
        writeNumber(json, MEAN_MINUTES_TO_RESOLVE, row.meanMinutesToResolve());
        writeNumber(json, P90_MINUTES_TO_RESOLVE, row.p90MinutesToResolve());
        json.writeFieldName(FOLLOW_UPS);
        json.writeNumber(row.followUps());
        json.writeFieldName(SOLVED_AT_FOLLOW_UP);
        json.writeNumber(row.solvedAtFollowUp());
        json.writeFieldName(SATISFIED);
        json.writeNumber(row.satisfied());
        writeNumber(json, RESPONSE_RATE, row.responseRate());
        writeNumber(json, RESOLUTION_RATE, row.resolutionRate());
        writeNumber(json, SATISFACTION_RATE, row.satisfactionRate());
        json.writeFieldName(CONSULTATIONS);
        json.writeNumber(row.consultations());
        json.writeFieldName(ANSWERED_ON_CALL);
        json.writeNumber(row.answeredOnCall());
        writeNumber(json, FIRST_CONTACT_RESOLUTION_RATE, row.firstContactResolutionRate());
        json.writeEndObject();
    }

    private static <E extends Enum<E>> void writeCounts(JsonGenerator json, SerializableString field,
            Map<E, Long> counts, SerializableString[] names) throws IOException {
        json.writeFieldName(field);
        json.writeStartObject();
        for (Map.Entry<E, Long> count : counts.entrySet()) {
            json.writeFieldName(names[count.getKey().ordinal()]);
            json.writeNumber(count.getValue().longValue());
        }
        json.writeEndObject();
    }

    private static void writeNumber(JsonGenerator json, SerializableString field, Double value) throws IOException {
        json.writeFieldName(field);
        if (value == null) {
            json.writeNull();
        } else {
            json.writeNumber(value.doubleValue());
        }
    }

    /**
     * A generator for a listing's thousands of rows. Its doubles are written by Jackson's Schubfach writer: the
     * same digits as {@code Double.toString} (the shortest that read back as the same double), several times
     * faster on Java 17, whose {@code Double.toString} was a large part of writing a listing.
     */
    static JsonGenerator listing(ObjectMapper mapper, OutputStream output) throws IOException {
        JsonGenerator json = mapper.getFactory().createGenerator(output);
        json.enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER.mappedFeature());
        return json;
    }

    private static SerializableString[] names(Enum<?>[] values) {
        SerializableString[] names = new SerializableString[values.length];
        for (Enum<?> value : values) {
            names[value.ordinal()] = new SerializedString(value.name());
        }
        return names;
    }

    static StreamingOutput of(StatisticsReport report, ObjectMapper mapper) {
        return output -> {
            try (JsonGenerator json = listing(mapper, output)) {
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
                            write(json, row);
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
