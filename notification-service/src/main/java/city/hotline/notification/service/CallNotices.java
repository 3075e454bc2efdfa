package city.hotline.notification.service;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import city.hotline.events.CallReceived;
import city.hotline.events.CallType;
import city.hotline.events.CloudEvent;
import city.hotline.notification.domain.DeliveryChannel;
import city.hotline.notification.domain.RecipientKind;
import city.hotline.notification.domain.Worker;
import city.hotline.notification.repository.WorkerRepository;

/**
 * 表扬: a community hears of the praise its people receive. The community's secretary is told in
 * the app of each praise call placed in the community. The call event does not name the person
 * praised, so the praised worker is not told yet.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CallNotices {

    static final String SECRETARY = "SECRETARY";
    private static final DateTimeFormatter RECEIVED =
            DateTimeFormatter.ofPattern("M月d日 HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final Notifier notifier;
    private final WorkerRepository workers;
    private final CommunityNames communities;

    CallNotices(Notifier notifier, WorkerRepository workers, CommunityNames communities) {
        this.notifier = notifier;
        this.workers = workers;
        this.communities = communities;
    }

    public void received(CloudEvent event, CallReceived call) {
        if (call.type() != CallType.PRAISE || call.communityCode() == null) {
            return;
        }
        String communityName = communities.of(call.communityCode()).orElse(call.communityCode());
        for (Worker secretary : workers.ofCommunityWithRole(call.communityCode(), SECRETARY)) {
            Map<String, Object> model = Map.of("workerName", secretary.name, "communityName", communityName,
                    "callId", call.callId(), "receivedAt", RECEIVED.format(call.receivedAt()));
            notifier.notify(Cause.of(event), new Notice(RecipientKind.WORKER, secretary.id.toString(), secretary.name,
                    null, call.communityCode(), false, model,
                    List.of(new Notice.Route(DeliveryChannel.IN_APP, secretary.id.toString()))));
        }
    }
}
