package city.hotline.dispatch.repository;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.dispatch.domain.CalendarDay;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CalendarDayRepository implements PanacheRepositoryBase<CalendarDay, LocalDate> {

    /** The holidays and adjusted working days in [from, to), in date order. */
    public List<CalendarDay> between(LocalDate from, LocalDate to) {
        return list("day >= ?1 and day < ?2 order by day", from, to);
    }
}
