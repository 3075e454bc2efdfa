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

    PersonalDataConverter(Instance<PersonalDataCipher> cipher) {
        this.cipher = cipher;
    }

    @Override
    public String convertToDatabaseColumn(String plaintext) {
        return cipher.get().encrypt(plaintext);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return cipher.get().decrypt(stored);
    }
}
