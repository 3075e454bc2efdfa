package city.hotline.registry.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import city.hotline.events.ResidentRegistered;

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

    /** For a medicine re-supply: the day the medicine is predicted to run out, to remind the resident before it. */
    public LocalDate runsOutOn;

    /**
     * The need as notification learns it, to remind the resident: without the note, which names
     * people and circumstances.
     */
    public ResidentRegistered.Need announced() {
        return new ResidentRegistered.Need(kind.name(), days == null ? List.of() : List.copyOf(days), atTime, place,
                runsOutOn);
    }
}
