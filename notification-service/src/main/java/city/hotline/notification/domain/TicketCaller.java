package city.hotline.notification.domain;

import java.io.Serializable;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

import city.hotline.personaldata.PersonalDataConverter;

/**
 * A caller of a ticket, told of its number and of its steps: a registered resident (reached by
 * their preferred channel, from the registry's events) or, for anyone else, a phone number.
 */
@Entity
@IdClass(TicketCaller.Key.class)
public class TicketCaller {

    @Id
    public String ticketId;

    @Id
    public String callId;

    public String communityCode;

    /** The registry's id of the caller; null when the caller is not a registered resident. */
    public String residentId;

    /** Only for a caller who is not a registered resident. */
    @Convert(converter = PersonalDataConverter.class)
    public String phone;

    public record Key(String ticketId, String callId) implements Serializable {
    }
}
