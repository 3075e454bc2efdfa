package city.hotline.intake.domain;

/** How the call reached the hotline. */
public enum Channel {
    PHONE, WEB, WECHAT, APP, OPEN311
}
