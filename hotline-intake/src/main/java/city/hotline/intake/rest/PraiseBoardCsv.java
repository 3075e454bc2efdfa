package city.hotline.intake.rest;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import city.hotline.intake.service.PraiseBoardReport;
import city.hotline.intake.service.PraiseBoardReport.CommunityPraise;
import city.hotline.intake.service.PraiseBoardReport.PraiseCall;
import city.hotline.intake.service.PraiseBoardReport.WorkerPraise;

/**
 * The praise board as one CSV a spreadsheet filters on its {@code section} column: the period's
 * {@code total}, a line per {@code community} and per {@code worker} (most praise first, as in the
 * JSON), then a line per {@code call}, newest first; for an analyst, instead of the calls, one
 * {@code calls withheld} line saying so.
 */
final class PraiseBoardCsv {

    private static final List<String> HEADER = List.of("from", "to", "section", "communityCode", "communityName",
            "workerId", "workerName", "praise", "callId", "receivedAt", "text");
    private static final String WITHHELD = "calls withheld";
    private static final String WITHHELD_TEXT = "call texts reach only those who read calls, not analysts; "
            + "the counts above are complete";

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** Beijing time in the form spreadsheets read as a date and time. */
    private static final DateTimeFormatter RECEIVED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private PraiseBoardCsv() {
    }

    static String write(PraiseBoardReport board) {
        Csv csv = new Csv().line(HEADER);
        csv.line(Arrays.asList(board.from(), board.to(), "total", null, null, null, null, board.praise(), null, null,
                null));
        for (CommunityPraise community : board.communities()) {
            csv.line(Arrays.asList(board.from(), board.to(), "community", community.code(), community.name(), null,
                    null, community.praise(), null, null, null));
        }
        // A community the registry has not announced yet has no name (null, which toMap refuses).
        Map<String, String> names = new HashMap<>();
        board.communities().forEach(community -> names.put(community.code(), community.name()));
        for (WorkerPraise worker : board.workers()) {
            csv.line(Arrays.asList(board.from(), board.to(), "worker", worker.communityCode(),
                    names.get(worker.communityCode()), worker.workerId(), worker.workerName(), worker.praise(), null,
                    null, null));
        }
        if (board.callsWithheld()) {
            csv.line(Arrays.asList(board.from(), board.to(), WITHHELD, null, null, null, null, null, null, null,
                    WITHHELD_TEXT));
        }
        for (PraiseCall call : board.calls()) {
            csv.line(Arrays.asList(board.from(), board.to(), "call", call.communityCode(),
                    names.get(call.communityCode()), null, call.workerName(), null, call.callId(),
                    call.receivedAt().atZoneSameInstant(CHINA).format(RECEIVED_AT), call.text()));
        }
        return csv.toString();
    }
}
