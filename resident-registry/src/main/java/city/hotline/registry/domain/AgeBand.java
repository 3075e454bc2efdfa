package city.hotline.registry.domain;

/** A resident's age, as coarse as the work needs and no finer. */
public enum AgeBand {
    /** Under 18. */
    CHILD,
    /** 18 to 59. */
    ADULT,
    /** 60 to 79. */
    SENIOR,
    /** 80 and over (高龄老人). */
    ELDER
}
