package city.hotline.intake.rest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.ws.rs.core.StreamingOutput;

import city.hotline.events.CallType;
import city.hotline.events.Category;
import city.hotline.intake.service.StatisticsReport;
import city.hotline.intake.service.StatisticsRow;

/**
 * Statistics as CSV for spreadsheets: a header row, one row per period and group, UTF-8 with a
 * byte-order mark so that Excel shows the Chinese names correctly. Written as read, so memory
 * stays flat however many communities the answer lists.
 */
final class StatisticsCsv {

    private StatisticsCsv() {
    }

    /** Writes the report as it is read, line by line. */
    static StreamingOutput of(StatisticsReport report) {
        return output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            writer.write(Csv.START);
            writer.write(Csv.format(header()));
            report.writeTo(new StatisticsReport.Writer() {
                private LocalDate from;
                private LocalDate to;

                @Override
                public void period(LocalDate from, LocalDate to, boolean exactPercentiles) {
                    this.from = from;
                    this.to = to;
                }

                @Override
                public void row(StatisticsRow row) {
                    try {
                        writer.write(Csv.format(values(from, to, row)));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
            writer.flush();
        };
    }

    private static List<String> header() {
        List<String> header = new ArrayList<>(List.of("from", "to", "code", "name", "calls"));
        Stream.of(CallType.values()).map(type -> "type." + type).forEach(header::add);
        Stream.of(Category.values()).map(category -> "category." + category).forEach(header::add);
        header.addAll(List.of("praise", "complaints", "suggestions", "ticketsOpened", "ticketsDispatched",
                "acceptedInTime", "resolved", "closed", "reopened", "overdue", "meanMinutesToAccept",
                "p90MinutesToAccept", "meanMinutesToResolve", "p90MinutesToResolve", "followUps", "solvedAtFollowUp",
                "satisfied", "responseRate", "resolutionRate", "satisfactionRate", "consultations", "answeredOnCall",
                "firstContactResolutionRate"));
        return header;
    }

    private static List<Object> values(LocalDate from, LocalDate to, StatisticsRow row) {
        List<Object> values = new ArrayList<>(List.of(from, to, row.code(), row.name(), row.calls()));
        Stream.of(CallType.values()).map(type -> row.callsByType().getOrDefault(type, 0L)).forEach(values::add);
        Stream.of(Category.values()).map(category -> row.callsByCategory().getOrDefault(category, 0L))
                .forEach(values::add);
        Stream.of(row.praise(), row.complaints(), row.suggestions(), row.ticketsOpened(), row.ticketsDispatched(),
                row.acceptedInTime(), row.resolved(), row.closed(), row.reopened(), row.overdue()).forEach(values::add);
        values.addAll(java.util.Arrays.asList(row.meanMinutesToAccept(), row.p90MinutesToAccept(),
                row.meanMinutesToResolve(), row.p90MinutesToResolve()));
        Stream.of(row.followUps(), row.solvedAtFollowUp(), row.satisfied()).forEach(values::add);
        values.addAll(java.util.Arrays.asList(row.responseRate(), row.resolutionRate(), row.satisfactionRate(),
                row.consultations(), row.answeredOnCall(), row.firstContactResolutionRate()));
        return values;
    }
}
