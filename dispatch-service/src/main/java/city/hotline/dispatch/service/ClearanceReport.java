package city.hotline.dispatch.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import city.hotline.dispatch.config.DeadlineConfig;
import city.hotline.dispatch.repository.TicketRepository;

/** 一日一清零: a community's day, counted in the city's time zone. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ClearanceReport {

    /**
     * @param dispatched  tickets opened that day
     * @param resolved    tickets resolved that day, whenever opened
     * @param carriedOver tickets opened by the end of the day and not resolved by then
     * @param cleared     whether nothing was carried over
     */
    public record Day(String communityCode, LocalDate date, long dispatched, long resolved, long carriedOver,
            boolean cleared) {
    }

    private final TicketRepository tickets;
    private final ZoneId zone;

    ClearanceReport(TicketRepository tickets, DeadlineConfig config) {
        this.tickets = tickets;
        this.zone = config.zone();
    }

    public Day of(String communityCode, LocalDate date) {
        OffsetDateTime start = date.atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime end = date.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        long carriedOver = tickets.countUnresolvedAt(communityCode, end);
        return new Day(communityCode, date, tickets.countOpened(communityCode, start, end),
                tickets.countResolved(communityCode, start, end), carriedOver, carriedOver == 0);
    }
}
