package city.hotline.notification.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** 未诉先办: one message from a community office to many people, now or at a set time. */
@Entity
public class Broadcast {

    @Id
    public UUID id;

    public String communityCode;

    public String message;

    @Enumerated(EnumType.STRING)
    public Audience audience;

    /** How those with a phone are reached: SMS or WECHAT. */
    @Enumerated(EnumType.STRING)
    public DeliveryChannel channel;

    /** An urgent broadcast (a lockdown starting tonight) is not held by quiet hours. */
    public boolean urgent;

    /** The people named for audience RECIPIENTS, with names and phones: stored encrypted. */
    @Convert(converter = EncryptedRecipients.class)
    public List<BroadcastRecipient> recipients;

    /** For audience RESIDENTS: only these buildings ({@code compound/building}); all when empty. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> targetBuildings;

    /**
     * For audience RESIDENTS: only the buildings of this control zone (besides any target buildings),
     * as the registry describes the zone when the broadcast fans out; null for no zone.
     */
    public String targetZoneId;

    /**
     * For audience RESIDENTS: this resident alone, through their own channel, whatever the other
     * targets; a reminder of a standing need. Null for a broadcast to households.
     */
    public String targetResidentId;

    /** For audience RESIDENTS: only households with a resident of one of these tags; all when empty. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> targetTags;

    public OffsetDateTime sendAt;

    @Enumerated(EnumType.STRING)
    public BroadcastStatus status;

    /** How many notifications the fan-out made; null until then. */
    public Integer recipientCount;

    public OffsetDateTime fannedOutAt;

    public OffsetDateTime createdAt;
}
