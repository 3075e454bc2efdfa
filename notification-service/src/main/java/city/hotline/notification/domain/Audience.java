package city.hotline.notification.domain;

/** Whom a broadcast goes to. */
public enum Audience {
    /** Every worker the registry lists for the community. */
    WORKERS,
    /** The people named in the broadcast, each by phone or, without one, by building for a door visit. */
    RECIPIENTS,
    /**
     * Every household of the community, or of the given buildings, or with a resident of the
     * given tags: told once, through a resident who agreed to be told unasked.
     */
    RESIDENTS
}
