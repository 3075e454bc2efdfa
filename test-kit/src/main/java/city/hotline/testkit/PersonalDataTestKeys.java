package city.hotline.testkit;

import java.util.Map;

/**
 * The keys services under test encrypt personal data with (see docs/personal-data.md): fixed, so that a
 * test can read what a service stored, and used nowhere but in tests.
 */
public final class PersonalDataTestKeys {

    public static final String KEY_ID = "test1";
    public static final String ENCRYPTION_KEY = "SMIDzE4MIL2rGehTqB70dLFfg291Kx5gfw5mRWaFzmk=";
    public static final String INDEX_KEY = "pug+yE64S1EdOezRNBEiVYzS81gik18N8HN6ZGqhDE4=";

    private PersonalDataTestKeys() {
    }

    static Map<String, String> configuration() {
        return Map.of(
                "hotline.personal-data.keys", KEY_ID + ":" + ENCRYPTION_KEY,
                "hotline.personal-data.index-key", INDEX_KEY);
    }
}
