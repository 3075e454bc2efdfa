package city.hotline.notification.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import city.hotline.personaldata.PersonalDataConverter;

/**
 * The people a broadcast names, with their names and phones, stored as one encrypted JSON value: they are
 * read whole at the fan-out and never queried.
 */
@Converter
@ApplicationScoped
public class EncryptedRecipients implements AttributeConverter<List<BroadcastRecipient>, String> {

    private static final TypeReference<List<BroadcastRecipient>> LIST = new TypeReference<>() {
    };

    private final PersonalDataConverter personalData;
    private final ObjectMapper json;

    EncryptedRecipients(PersonalDataConverter personalData, ObjectMapper json) {
        this.personalData = personalData;
        this.json = json;
    }

    @Override
    public String convertToDatabaseColumn(List<BroadcastRecipient> recipients) {
        try {
            return recipients == null ? null : personalData.convertToDatabaseColumn(json.writeValueAsString(recipients));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a broadcast's recipients cannot be written as JSON", e);
        }
    }

    @Override
    public List<BroadcastRecipient> convertToEntityAttribute(String stored) {
        try {
            return stored == null ? null : json.readValue(personalData.convertToEntityAttribute(stored), LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a broadcast's stored recipients are not the JSON of a list", e);
        }
    }
}
