package city.hotline.web;

/** A request a service refuses for a rule validation annotations cannot express, e.g. an unknown community. */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
