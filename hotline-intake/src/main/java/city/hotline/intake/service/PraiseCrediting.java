package city.hotline.intake.service;

import java.util.Comparator;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import city.hotline.events.CallType;
import city.hotline.intake.domain.Call;
import city.hotline.intake.domain.Praise;
import city.hotline.intake.domain.WorkerName;
import city.hotline.intake.repository.PraiseRepository;
import city.hotline.intake.repository.WorkerNameRepository;

/**
 * Credits a placed praising call to its community and, when its text names one of the community's
 * workers (the longest name found, so 王小红 wins over 王小), to that worker; and takes the credit
 * back when an operator corrects the call to another type.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PraiseCrediting {

    private final PraiseRepository praise;
    private final WorkerNameRepository workers;

    PraiseCrediting(PraiseRepository praise, WorkerNameRepository workers) {
        this.praise = praise;
        this.workers = workers;
    }

    /** Does nothing for a call that is not praise or not placed. */
    public void creditIfPraise(Call call) {
        if (call.type != CallType.PRAISE || call.communityCode == null) {
            return;
        }
        String text = PlaceNames.normalise(call.text);
        Optional<WorkerName> named = workers.ofCommunity(call.communityCode).stream()
                .filter(worker -> worker.name.length() >= 2 && text.contains(PlaceNames.normalise(worker.name)))
                .max(Comparator.comparingInt(worker -> worker.name.length()));
        Praise credited = new Praise();
        credited.callId = call.id;
        credited.communityCode = call.communityCode;
        credited.workerId = named.map(worker -> worker.workerId).orElse(null);
        credited.workerName = named.map(worker -> worker.name).orElse(null);
        credited.receivedAt = call.receivedAt;
        praise.persist(credited);
        call.praisedWorkerId = credited.workerId;
        call.praisedWorkerName = credited.workerName;
    }

    /**
     * An operator's correction changed the call's type: praise no longer praise is taken back from
     * the community and worker it was credited to; a call that became praise is credited now.
     */
    public void recredit(Call call, CallType typeBefore) {
        if (typeBefore == CallType.PRAISE && call.type != CallType.PRAISE) {
            praise.deleteById(call.id);
            call.praisedWorkerId = null;
            call.praisedWorkerName = null;
        } else if (typeBefore != CallType.PRAISE) {
            creditIfPraise(call);
        }
    }
}
