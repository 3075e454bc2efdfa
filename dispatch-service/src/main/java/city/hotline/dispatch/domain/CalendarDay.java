package city.hotline.dispatch.domain;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A day that breaks the working week: a public holiday, or a weekend day worked instead (调休). */
@Entity
@Table(name = "calendar_day")
public class CalendarDay {

    public enum Kind {
        /** 法定节假日: no working time, even on a weekday. */
        HOLIDAY,
        /** 调休上班: a working day, even on a weekend. */
        WORKDAY
    }

    @Id
    public LocalDate day;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    /** What the day is for, e.g. 春节. */
    public String name;
}
