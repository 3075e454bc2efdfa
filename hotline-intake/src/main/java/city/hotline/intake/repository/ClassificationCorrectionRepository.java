package city.hotline.intake.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.intake.domain.Call;
import city.hotline.intake.domain.ClassificationCorrection;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ClassificationCorrectionRepository implements PanacheRepositoryBase<ClassificationCorrection, UUID> {

    /** Every call an operator corrected, with its classification as it now stands, oldest first. */
    public List<Call> correctedCalls() {
        return getEntityManager().createQuery(
                        "select c from Call c where c.id in (select k.callId from ClassificationCorrection k) "
                                + "order by c.receivedAt, c.id", Call.class)
                .getResultList();
    }
}
