package city.hotline.intake.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import city.hotline.events.CallType;
import city.hotline.events.EventType;
import city.hotline.events.SuggestionReceived;
import city.hotline.intake.domain.Call;
import city.hotline.messaging.Outbox;

/**
 * 建议: a suggestion opens no ticket and has no deadline, but its community must hear it. It is
 * forwarded as an event of its own, which also goes to the community's dispatch topic, where the
 * community's systems read it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SuggestionForwarding {

    private final Outbox outbox;

    SuggestionForwarding(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Does nothing for a call that is not a suggestion or not placed: it is forwarded once placed. */
    public void forwardIfSuggestion(Call call) {
        if (call.type != CallType.SUGGESTION || call.communityCode == null) {
            return;
        }
        outbox.publish(EventType.SUGGESTION_RECEIVED, call.communityCode, call.id.toString(), new SuggestionReceived(
                call.id.toString(), call.communityCode, call.category, call.text, call.receivedAt));
    }
}
