package city.hotline.notification.domain;

/** Whether a subscription receives new events. */
public enum SubscriptionStatus {
    ACTIVE, PAUSED
}
