package city.hotline.intake.repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.intake.domain.Praise;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PraiseRepository implements PanacheRepositoryBase<Praise, UUID> {

    /** Praise of the community received in [from, to), per worker praised (null: the community as a whole). */
    public List<PraiseTally> tally(String communityCode, OffsetDateTime from, OffsetDateTime to) {
        return getEntityManager().createQuery("""
                SELECT new city.hotline.intake.repository.PraiseRepository$PraiseTally(p.workerId, p.workerName, count(p))
                FROM Praise p WHERE p.communityCode = :community AND p.receivedAt >= :from AND p.receivedAt < :to
                GROUP BY p.workerId, p.workerName ORDER BY count(p) DESC, p.workerName""", PraiseTally.class)
                .setParameter("community", communityCode)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /** @param workerId null for praise of the community that names no worker */
    public record PraiseTally(String workerId, String workerName, long praise) {
    }
}
