package city.hotline.notification.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import city.hotline.notification.config.NotificationConfig;
import city.hotline.notification.domain.Resident;
import city.hotline.notification.domain.StandingNeed;
import city.hotline.notification.repository.CommunityRepository;
import city.hotline.notification.repository.ReminderRepository;
import city.hotline.notification.repository.ResidentRepository;

/**
 * 未诉先办 for the 特殊人群需求保障清单: reminds each resident who agreed to be told of their standing
 * needs: the dialysis session of tomorrow (so the transport is arranged), the medicine that runs out
 * in a few days. Each reminder is a broadcast to the resident alone, through their own channel, made
 * once per resident, need and occasion, by whichever replica gets there first.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class Reminders {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M月d日");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ResidentRepository residents;
    private final CommunityRepository communities;
    private final ReminderRepository reminders;
    private final Broadcasts broadcasts;
    private final MessageTemplates templates;
    private final NotificationConfig.Reminders config;
    private final Clock clock;

    Reminders(ResidentRepository residents, CommunityRepository communities, ReminderRepository reminders,
            Broadcasts broadcasts, MessageTemplates templates, NotificationConfig config, Clock clock) {
        this.residents = residents;
        this.communities = communities;
        this.reminders = reminders;
        this.broadcasts = broadcasts;
        this.templates = templates;
        this.config = config.reminders();
        this.clock = clock;
    }

    /** Makes the reminders due today that no one has made yet; how many this call made. */
    public int remindDue() {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        LocalDate today = now.atZoneSameInstant(config.zone()).toLocalDate();
        int made = 0;
        for (Resident resident : residents.toRemind()) {
            // The community's name signs the message; its event comes before its residents'.
            if (communities.findByIdOptional(resident.communityCode).isEmpty()) {
                continue;
            }
            for (StandingNeed need : resident.needs) {
                Optional<LocalDate> occasion = ReminderOccasion.of(need, today, config.medicineDaysAhead());
                if (occasion.isEmpty()) {
                    continue;
                }
                UUID broadcastId = UUID.randomUUID();
                if (reminders.claim(resident.id, need.kind(), occasion.get(), broadcastId, now)) {
                    broadcasts.remind(broadcastId, resident, message(need, occasion.get(), today));
                    made++;
                }
            }
        }
        return made;
    }

    /** The reminder's words, from {@code reminder/<need kind>.txt}. */
    private String message(StandingNeed need, LocalDate occasion, LocalDate today) {
        Map<String, Object> model = new HashMap<>();
        model.put("day", DAY.format(occasion));
        model.put("weekday", occasion.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.CHINA));
        model.put("daysLeft", occasion.toEpochDay() - today.toEpochDay());
        model.put("time", need.atTime() == null ? null : TIME.format(need.atTime()));
        model.put("place", need.place());
        return templates.render("reminder/" + need.kind() + ".txt", model);
    }
}
