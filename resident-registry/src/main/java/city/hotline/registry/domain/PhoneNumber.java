package city.hotline.registry.domain;

/** The phone numbers the registry accepts: a mainland mobile, or a landline with its area code. */
public final class PhoneNumber {

    /** 13812345678, or 010-64051234 / 01064051234. */
    public static final String PATTERN = "1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}";

    public static final String MESSAGE = "must be a mobile number (13812345678) or a landline with area code (010-64051234)";

    private PhoneNumber() {
    }
}
