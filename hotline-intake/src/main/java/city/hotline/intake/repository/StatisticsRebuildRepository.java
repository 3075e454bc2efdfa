package city.hotline.intake.repository;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.intake.domain.StatisticsRebuild;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

/**
 * The rebuilds and the lock that lets one run at a time. The lock is held by the rebuild's
 * transaction, so PostgreSQL releases it when the rebuild ends in any way, its replica's death
 * included: a rebuild not finished whose lock nobody holds has stopped.
 */
@ApplicationScoped
public class StatisticsRebuildRepository implements PanacheRepository<StatisticsRebuild> {

    /** The key of the PostgreSQL advisory lock a rebuild holds while it runs (any constant of intake's own). */
    private static final long LOCK = 0x12345_0008L;

    /** Takes the rebuild lock until the transaction ends, or answers false at once if a rebuild holds it. */
    public boolean tryLock() {
        return Boolean.TRUE.equals(getEntityManager().createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
                .setParameter(1, LOCK).getSingleResult());
    }

    /**
     * Whether a rebuild holds the lock, read from pg_locks rather than by trying the lock, which
     * could turn away a rebuild starting at that moment. A bigint key is kept as two 32-bit halves.
     */
    public boolean running() {
        return Boolean.TRUE.equals(getEntityManager().createNativeQuery("""
                SELECT EXISTS (SELECT 1 FROM pg_locks
                               WHERE locktype = 'advisory' AND granted AND objsubid = 1
                                 AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
                                 AND classid = (?1 >> 32)::oid AND objid = (?1 & 4294967295)::oid)
                """).setParameter(1, LOCK).getSingleResult());
    }
}
