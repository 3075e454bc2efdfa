package city.hotline.events;

/**
 * Every Kafka topic of the product, in one place.
 *
 * <p>Events are keyed by community code, so all events of one community stay in order on one
 * partition. Internal consumers read the shared topics; each community's own systems read only
 * their community's dispatch topic, which a prefixed ACL on {@code hotline.dispatch.<code>} can
 * confine them to.
 */
public final class Topics {

    /** Calls taken by hotline-intake and the tickets it opens. */
    public static final String CALLS = "hotline.calls";

    /**
     * Who called about which ticket and how to reach them, for notification-service alone: the one
     * topic that may carry the phone number of a caller the registry does not know.
     */
    public static final String CALLERS = "hotline.callers";

    /** Changes to places, residents and workers, published by resident-registry. */
    public static final String REGISTRY = "hotline.registry";

    /** Every step of every ticket, for the services that follow tickets across communities. */
    public static final String TICKETS = "hotline.tickets";

    /** Prefix of the per-community dispatch topics (派单), followed by the community code. */
    public static final String DISPATCH_PREFIX = "hotline.dispatch.";

    /** Prefix of the dead-letter topics, followed by the consumer group that gave up on an event. */
    public static final String DEAD_LETTER_PREFIX = "hotline.dead-letter.";

    private Topics() {
    }

    /** The dispatch topic of one community, e.g. {@code hotline.dispatch.110101001001}. */
    public static String dispatch(String communityCode) {
        return DISPATCH_PREFIX + communityCode;
    }

    /** The dead-letter topic of one consumer group. */
    public static String deadLetter(String consumerGroup) {
        return DEAD_LETTER_PREFIX + consumerGroup;
    }
}
