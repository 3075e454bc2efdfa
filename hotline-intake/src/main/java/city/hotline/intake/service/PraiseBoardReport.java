package city.hotline.intake.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * 表扬榜: praise received in a period, per community and per worker credited, with the newest
 * praising calls.
 *
 * @param praise       all praise of the period in the place
 * @param callsWithheld the caller may not read call texts (an analyst): {@code calls} is empty
 * @param calls        the newest praising calls, at most the limit asked for
 */
public record PraiseBoardReport(LocalDate from, LocalDate to, long praise, List<CommunityPraise> communities,
        List<WorkerPraise> workers, boolean callsWithheld, List<PraiseCall> calls) {

    public record CommunityPraise(String code, String name, long praise) {
    }

    public record WorkerPraise(String communityCode, String workerId, String workerName, long praise) {
    }

    /** @param workerName the worker the praise is credited to, or null */
    public record PraiseCall(String callId, String communityCode, OffsetDateTime receivedAt, String workerName,
            String text) {
    }
}
