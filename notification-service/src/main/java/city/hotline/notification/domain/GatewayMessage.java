package city.hotline.notification.domain;

import java.time.OffsetDateTime;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import city.hotline.personaldata.PersonalDataConverter;

/** A message the built-in stand-in for the SMS and WeChat gateways took, as a gateway would. */
@Entity
public class GatewayMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** {@code sms} or {@code wechat}. */
    public String channel;

    /** The phone number it was for. */
    @Convert(converter = PersonalDataConverter.class)
    public String recipient;

    @Convert(converter = PersonalDataConverter.class)
    public String text;

    /** The sender's reference: the delivery id. */
    public String reference;

    public OffsetDateTime receivedAt;
}
