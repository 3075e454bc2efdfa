package city.hotline.events;

/** Who a late ticket is escalated to, in order: the "whistle" (吹哨) goes up one level at a time. */
public enum EscalationLevel {
    /** The community's party secretary (社区书记). */
    SECRETARY,
    /** The street office (街道) above the community. */
    STREET,
    /** The district (区) above the street. */
    DISTRICT
}
