package city.hotline.registry.domain;

/** How a resident prefers to be reached. */
public enum ContactChannel {
    PHONE,
    SMS,
    WECHAT,
    /** 上门: someone knocks on the door. */
    DOOR_VISIT
}
