package city.hotline.dispatch.service;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import city.hotline.database.RarelyChanged;
import city.hotline.dispatch.config.DeadlineConfig;
import city.hotline.dispatch.domain.CalendarDay;
import city.hotline.dispatch.domain.DeadlineRules;
import city.hotline.dispatch.domain.WorkingCalendar;
import city.hotline.dispatch.repository.CalendarDayRepository;

/**
 * The public holidays and adjusted working days (调休) as data: seeded for 2022 and 2023, kept
 * through the API as the State Council announces each year's. Every ticket's deadlines are counted
 * in them, so each replica keeps a copy ({@link RarelyChanged}): a change made through this replica
 * counts from the next deadline on, one made through another replica within
 * {@code hotline.dispatch.deadlines.reread-after} (5 s).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class WorkingDays {

    private final CalendarDayRepository days;
    private final ZoneId zone;
    /** Every holiday and adjusted working day, true for a working day: a few dozen a year. */
    private final RarelyChanged<NavigableMap<LocalDate, Boolean>> exceptions;

    WorkingDays(CalendarDayRepository days, DeadlineConfig config, TransactionSynchronizationRegistry transactions) {
        this.days = days;
        this.zone = config.zone();
        this.exceptions = new RarelyChanged<>(this::allExceptions, config.rereadAfter(), transactions);
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
        exceptions.changing();
        return day;
    }

    /** The day follows the working week again. */
    public void remove(LocalDate date) {
        exceptions.changing();
        if (!days.deleteById(date)) {
            throw new NotFoundException(date + " is neither a holiday nor an adjusted working day");
        }
    }

    /** The working time of the rules, with the holidays and adjusted days from the day before {@code from} on. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkingCalendar calendar(DeadlineRules rules, LocalDate from) {
        NavigableMap<LocalDate, Boolean> within = exceptions.get()
                .subMap(from.minusDays(1), true, from.plusDays(WorkingCalendar.HORIZON_DAYS + 1), false);
        DeadlineRules.WorkingHours hours = rules.workingHours();
        return new WorkingCalendar(zone, hours.days(), hours.start(), hours.end(), within);
    }

    private NavigableMap<LocalDate, Boolean> allExceptions() {
        NavigableMap<LocalDate, Boolean> all = new TreeMap<>();
        days.listAll().forEach(day -> all.put(day.day, day.kind == CalendarDay.Kind.WORKDAY));
        return Collections.unmodifiableNavigableMap(all);
    }

    public ZoneId zone() {
        return zone;
    }
}
