package city.hotline.notification.channel;

/** A channel did not take a message; {@code permanent} when trying again cannot help (a bad address, a deleted subscription). */
public class DeliveryFailedException extends RuntimeException {

    private final boolean permanent;

    public DeliveryFailedException(String reason, boolean permanent) {
        super(reason);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
