package city.hotline.notification.domain;

/** A way of reaching a recipient. */
public enum DeliveryChannel {

    /** The worker's inbox in the app: recorded, nothing leaves the service. */
    IN_APP(false),
    /** A text message through the SMS gateway. */
    SMS(true),
    /** A WeChat template message through the WeChat gateway. */
    WECHAT(true),
    /** An HTTP POST of the CloudEvent to a community system's subscription. */
    WEBHOOK(false),
    /** 上门: a visit task for the worker of the recipient's building, for those no phone reaches. */
    DOOR_VISIT(false);

    private final boolean wakesPeople;

    DeliveryChannel(boolean wakesPeople) {
        this.wakesPeople = wakesPeople;
    }

    /** Whether the channel buzzes someone's phone, so that quiet hours hold it unless urgent. */
    public boolean wakesPeople() {
        return wakesPeople;
    }
}
