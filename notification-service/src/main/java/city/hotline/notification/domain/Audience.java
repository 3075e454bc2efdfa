package city.hotline.notification.domain;

/** Whom a broadcast goes to. Residents chosen by building, control zone or tag wait for the registry's resident events. */
public enum Audience {
    /** Every worker the registry lists for the community. */
    WORKERS,
    /** The people named in the broadcast, each by phone or, without one, by building for a door visit. */
    RECIPIENTS
}
