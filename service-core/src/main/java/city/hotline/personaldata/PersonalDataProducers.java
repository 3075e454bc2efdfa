package city.hotline.personaldata;

import java.util.Optional;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The keys, cipher and blind index, made once from configuration when a service first needs them. */
@Singleton
class PersonalDataProducers {

    @Produces
    @Singleton
    PersonalDataKeys keys(@ConfigProperty(name = PersonalDataKeys.KEYS) Optional<String> keys,
            @ConfigProperty(name = PersonalDataKeys.INDEX_KEY) Optional<String> indexKey) {
        return PersonalDataKeys.of(keys, indexKey);
    }

    @Produces
    @Singleton
    PersonalDataCipher cipher(PersonalDataKeys keys) {
        return new PersonalDataCipher(keys);
    }

    @Produces
    @Singleton
    BlindIndex blindIndex(PersonalDataKeys keys) {
        return new BlindIndex(keys);
    }
}
