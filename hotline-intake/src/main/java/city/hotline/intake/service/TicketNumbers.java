package city.hotline.intake.service;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.intake.config.IntakeConfig;
import city.hotline.intake.domain.CommunityView;
import city.hotline.intake.repository.CallRepository;

/**
 * Ticket numbers people can read out on the phone: the city's letters, the day the call was
 * received in Beijing time, and a number that never repeats, e.g. {@code BJ20221205-000123}.
 */
@ApplicationScoped
public class TicketNumbers {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final CallRepository calls;
    private final IntakeConfig config;

    TicketNumbers(CallRepository calls, IntakeConfig config) {
        this.calls = calls;
        this.config = config;
    }

    public String next(CommunityView community, OffsetDateTime receivedAt) {
        String prefix = config.ticketPrefixes()
                .getOrDefault(community.cityCode.substring(0, 4), config.defaultTicketPrefix());
        return "%s%s-%06d".formatted(prefix, receivedAt.atZoneSameInstant(CHINA).format(DAY),
                calls.nextTicketSequence());
    }
}
