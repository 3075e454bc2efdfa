package city.hotline.intake.service;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import city.hotline.intake.domain.Call;
import city.hotline.intake.domain.Praise;
import city.hotline.intake.repository.PraiseBoardRepository;
import city.hotline.intake.service.PraiseBoardReport.CommunityPraise;
import city.hotline.intake.service.PraiseBoardReport.PraiseCall;
import city.hotline.intake.service.PraiseBoardReport.WorkerPraise;
import city.hotline.web.InvalidInputException;

/** The praise board of a period and place (docs/statistics.md#praise-board). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PraiseBoard {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final PraiseBoardRepository praise;

    PraiseBoard(PraiseBoardRepository praise) {
        this.praise = praise;
    }

    /**
     * @param from       the first day (Beijing time), included
     * @param to         the last day, included
     * @param place      the community, street or district (level unused), or none for the city
     * @param withTexts  whether the calls' texts may reach the caller; without, no call is listed
     * @param limit      the most calls listed
     */
    public PraiseBoardReport board(LocalDate from, LocalDate to, StatisticsScope place, boolean withTexts, int limit) {
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "the period ends (" + to + ") before it starts (" + from + ")");
        }
        if (!praise.placeKnown(place)) {
            String parameter = place.community() != null ? "community" : place.street() != null ? "street" : "district";
            throw new InvalidInputException(parameter, "no community lies in the " + parameter + " named");
        }
        OffsetDateTime start = from.atStartOfDay(CHINA).toOffsetDateTime();
        OffsetDateTime end = to.plusDays(1).atStartOfDay(CHINA).toOffsetDateTime();
        List<CommunityPraise> communities = praise.perCommunity(start, end, place).stream()
                .map(row -> new CommunityPraise((String) row[0], (String) row[1], ((Number) row[2]).longValue()))
                .toList();
        List<WorkerPraise> workers = praise.perWorker(start, end, place).stream()
                .map(row -> new WorkerPraise((String) row[0], (String) row[1], (String) row[2],
                        ((Number) row[3]).longValue()))
                .toList();
        List<PraiseCall> calls = !withTexts ? List.of() : praise.newestCalls(start, end, place, limit).stream()
                .map(row -> praiseCall((Call) row[0], (Praise) row[1]))
                .toList();
        long total = communities.stream().mapToLong(CommunityPraise::praise).sum();
        return new PraiseBoardReport(from, to, total, communities, workers, !withTexts, calls);
    }

    private static PraiseCall praiseCall(Call call, Praise praise) {
        return new PraiseCall(call.id.toString(), praise.communityCode,
                praise.receivedAt.atZoneSameInstant(CHINA).toOffsetDateTime(), praise.workerName, call.text);
    }
}
