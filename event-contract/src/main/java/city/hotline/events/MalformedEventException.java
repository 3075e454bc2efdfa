package city.hotline.events;

/**
 * An event that no retry can make readable: missing CloudEvent attributes or data that does not
 * fit its type. Consumers send such an event to their dead-letter topic and go on.
 */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
