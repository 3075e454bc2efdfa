package city.hotline.dispatch.domain;

/** Whether a deadline runs around the clock or only while the community's offices work. */
public enum Counted {
    /** Every minute counts, nights, weekends and holidays too: URGENT tickets, water, power, gas, heating. */
    CLOCK,
    /** Only working hours of working days count (法定节假日 off, 调休 days on). */
    WORKING_TIME
}
