package city.hotline.dispatch.service;

import java.time.Clock;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import city.hotline.dispatch.repository.TicketRepository;
import city.hotline.metrics.MeasuredGauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * {@code hotline_dispatch_overdue_tickets{missed="accept"|"resolve"}}: the city's late tickets on
 * {@code /q/metrics}, by the deadline they missed. Some are always late; a steep rise says workers
 * are not reached (notifications failing) or not on duty, or the deadline watch has stopped.
 */
@ApplicationScoped
public class OverdueTickets {

    private static final Logger LOG = Logger.getLogger(OverdueTickets.class);

    private final TicketRepository tickets;
    private final Clock clock;
    private final MeasuredGauge lateToAccept;
    private final MeasuredGauge lateToResolve;

    OverdueTickets(TicketRepository tickets, Clock clock, MeterRegistry registry) {
        this.tickets = tickets;
        this.clock = clock;
        this.lateToAccept = register(registry, "accept");
        this.lateToResolve = register(registry, "resolve");
    }

    private static MeasuredGauge register(MeterRegistry registry, String missed) {
        return MeasuredGauge.register(registry, "hotline.dispatch.overdue",
                "Tickets open past a deadline: not accepted by their accept-by, or not resolved by their resolve-by",
                "tickets", Tags.of("missed", missed));
    }

    @Scheduled(identity = "overdue-tickets", every = "${hotline.messaging.metrics-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void measure() {
        try {
            TicketRepository.OverdueCount late = QuarkusTransaction.requiringNew()
                    .call(() -> tickets.countOverdue(OffsetDateTime.now(clock)));
            lateToAccept.set(late.acceptance());
            lateToResolve.set(late.resolution());
        } catch (RuntimeException e) {
            LOG.debugf("Overdue tickets not counted: %s", e.getMessage());
            lateToAccept.unknown();
            lateToResolve.unknown();
        }
    }
}
