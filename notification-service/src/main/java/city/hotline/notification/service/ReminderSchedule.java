package city.hotline.notification.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

/** Looks for the reminders due, on every replica; the reminder table's key lets each be made once. */
@ApplicationScoped
public class ReminderSchedule {

    private final Reminders reminders;

    ReminderSchedule(Reminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(every = "${hotline.notification.reminders.every:10m}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void remindDue() {
        reminders.remindDue();
    }
}
