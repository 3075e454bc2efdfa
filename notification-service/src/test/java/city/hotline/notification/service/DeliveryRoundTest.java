package city.hotline.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import city.hotline.notification.domain.Delivery;
import city.hotline.notification.domain.DeliveryChannel;
import city.hotline.notification.domain.DeliveryStatus;
import city.hotline.notification.domain.Notification;
import city.hotline.notification.domain.RecipientKind;
import city.hotline.notification.repository.DeliveryRepository;
import city.hotline.notification.repository.NotificationRepository;
import city.hotline.notification.service.DeliverySender.Outcome;
import city.hotline.testkit.HotlineInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A round's outcomes are recorded together, each as it would have been alone, and one that cannot be costs no other. */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class DeliveryRoundTest {

    @Inject
    DeliverySender sender;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    NotificationRepository notifications;

    @Test
    void everyOutcomeOfARoundIsRecordedWithItsFallbacks() {
        Instant now = Instant.now();
        UUID sentNotice = notification();
        Delivery sms = delivery(sentNotice, DeliveryChannel.SMS, DeliveryStatus.PENDING, null);
        Delivery wechat = delivery(sentNotice, DeliveryChannel.WECHAT, DeliveryStatus.STANDBY, sms.id);
        Delivery visit = delivery(sentNotice, DeliveryChannel.DOOR_VISIT, DeliveryStatus.STANDBY, wechat.id);
        UUID failedNotice = notification();
        Delivery refused = delivery(failedNotice, DeliveryChannel.SMS, DeliveryStatus.PENDING, null);
        Delivery standby = delivery(failedNotice, DeliveryChannel.WECHAT, DeliveryStatus.STANDBY, refused.id);
        UUID retriedNotice = notification();
        Delivery retried = delivery(retriedNotice, DeliveryChannel.SMS, DeliveryStatus.PENDING, null);

        sender.recordAll(List.of(
                new Outcome(sms.id, true, null, false, now),
                new Outcome(refused.id, false, "号码不存在", true, now),
                // A delivery gone meanwhile: its outcome cannot be recorded, the others still are.
                new Outcome(UUID.randomUUID(), true, null, false, now),
                new Outcome(retried.id, false, "网关超时", false, now)));

        assertThat(stored(sms).status).isEqualTo(DeliveryStatus.SENT);
        assertThat(stored(sms).sentAt).isNotNull();
        assertThat(stored(wechat).status).isEqualTo(DeliveryStatus.SKIPPED);
        assertThat(stored(visit).status).isEqualTo(DeliveryStatus.SKIPPED);
        assertThat(stored(refused).status).isEqualTo(DeliveryStatus.FAILED);
        assertThat(stored(standby).status).isNotEqualTo(DeliveryStatus.STANDBY);
        // Due again after a short backoff: the service's own sender may have attempted it again since.
        assertThat(stored(retried).attempts).isPositive();
        assertThat(stored(retried).lastError).isNotNull();
    }

    private Delivery stored(Delivery delivery) {
        return QuarkusTransaction.requiringNew().call(() -> deliveries.findById(delivery.id));
    }

    private UUID notification() {
        Notification notification = new Notification();
        notification.id = UUID.randomUUID();
        notification.eventId = UUID.randomUUID().toString();
        notification.eventType = "hotline.dispatch.ticket.assigned";
        notification.recipientKind = RecipientKind.WORKER;
        notification.recipientId = UUID.randomUUID().toString();
        notification.communityCode = "110101004402";
        notification.urgent = true;
        notification.message = "您有新的工单。";
        notification.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        QuarkusTransaction.requiringNew().run(() -> notifications.persist(notification));
        return notification.id;
    }

    /** Not due for an hour: the service's own sender leaves it to the test. */
    private Delivery delivery(UUID notificationId, DeliveryChannel channel, DeliveryStatus status, UUID fallbackFor) {
        Delivery delivery = new Delivery();
        delivery.id = UUID.randomUUID();
        delivery.notificationId = notificationId;
        delivery.channel = channel;
        delivery.address = "13700440000";
        delivery.body = "您有新的工单。";
        delivery.status = status;
        delivery.fallbackFor = fallbackFor;
        delivery.nextAttemptAt = OffsetDateTime.now(ZoneOffset.UTC).plusHours(1);
        delivery.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        QuarkusTransaction.requiringNew().run(() -> deliveries.persist(delivery));
        return delivery;
    }
}
