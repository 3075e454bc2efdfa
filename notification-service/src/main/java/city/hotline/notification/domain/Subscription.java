package city.hotline.notification.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** A community system's registration to receive its own community's ticket events by webhook. */
@Entity
public class Subscription {

    @Id
    public UUID id;

    public String communityCode;

    public String url;

    /** The HMAC-SHA256 key both sides hold; kept readable because every POST is signed with it. */
    public String secret;

    @Enumerated(EnumType.STRING)
    public SubscriptionStatus status;

    public OffsetDateTime createdAt;
}
