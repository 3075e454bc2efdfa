package city.hotline.registry.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A standing need of a vulnerable resident, e.g. dialysis Mon/Wed/Fri 17:30 at 北京市第六医院. */
@Embeddable
public class StandingNeed {

    @Enumerated(EnumType.STRING)
    public NeedKind kind;

    @Convert(converter = DaysOfWeek.class)
    public List<DayOfWeek> days;

    public LocalTime atTime;

    public String place;

    public String note;
}
