package city.hotline.personaldata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import io.quarkus.arc.Unremovable;

/**
 * Stores a text column of personal data encrypted: {@code @Convert(converter = PersonalDataConverter.class)}
 * on the entity's field, and the column wide enough for the ciphertext (see {@link ProtectedColumn}).
 * Hibernate cannot query such a column by value; look it up by its {@link BlindIndex} instead.
 */
@Converter
@ApplicationScoped
@Unremovable
public class PersonalDataConverter implements AttributeConverter<String, String> {

    /**
     * Resolved on first use: Hibernate may create every converter it finds, also in a service that stores no
     * personal data and has no keys.
     */
    private final Instance<PersonalDataCipher> cipher;
    /** The singleton once resolved: {@code Instance.get()} looks the bean up again at every column value. */
    private volatile PersonalDataCipher resolved;

    PersonalDataConverter(Instance<PersonalDataCipher> cipher) {
        this.cipher = cipher;
    }

    @Override
    public String convertToDatabaseColumn(String plaintext) {
        return cipher().encrypt(plaintext);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return cipher().decrypt(stored);
    }

    private PersonalDataCipher cipher() {
        PersonalDataCipher known = resolved;
        if (known == null) {
            known = cipher.get();
            resolved = known;
        }
        return known;
    }
}
