package city.hotline.dispatch.service;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import city.hotline.dispatch.config.DeadlineConfig;
import city.hotline.dispatch.domain.CalendarDay;
import city.hotline.dispatch.domain.DeadlineRules;
import city.hotline.dispatch.domain.WorkingCalendar;
import city.hotline.dispatch.repository.CalendarDayRepository;

/**
 * The public holidays and adjusted working days (调休) as data: seeded for 2022 and 2023, kept
 * through the API as the State Council announces each year's.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class WorkingDays {

    private final CalendarDayRepository days;
    private final ZoneId zone;

    WorkingDays(CalendarDayRepository days, DeadlineConfig config) {
        this.days = days;
        this.zone = config.zone();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CalendarDay> of(int year) {
        return days.between(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    /** Makes a day a holiday or a working day, whatever it was. */
    public CalendarDay set(LocalDate date, CalendarDay.Kind kind, String name) {
        CalendarDay day = days.findByIdOptional(date).orElseGet(CalendarDay::new);
        day.day = date;
        day.kind = kind;
        day.name = name;
        days.persist(day);
        return day;
    }

    /** The day follows the working week again. */
    public void remove(LocalDate date) {
        if (!days.deleteById(date)) {
            throw new NotFoundException(date + " is neither a holiday nor an adjusted working day");
        }
    }

    /** The working time of the rules, with the holidays and adjusted days from the day before {@code from} on. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkingCalendar calendar(DeadlineRules rules, LocalDate from) {
        Map<LocalDate, Boolean> exceptions = new HashMap<>();
        days.between(from.minusDays(1), from.plusDays(WorkingCalendar.HORIZON_DAYS + 1))
                .forEach(day -> exceptions.put(day.day, day.kind == CalendarDay.Kind.WORKDAY));
        DeadlineRules.WorkingHours hours = rules.workingHours();
        return new WorkingCalendar(zone, hours.days(), hours.start(), hours.end(), exceptions);
    }

    public ZoneId zone() {
        return zone;
    }
}
