package city.hotline.personaldata;

/** Personal data that cannot be protected or read back; the message never holds the data itself. */
public class PersonalDataException extends IllegalStateException {

    public PersonalDataException(String message) {
        super(message);
    }

    public PersonalDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
