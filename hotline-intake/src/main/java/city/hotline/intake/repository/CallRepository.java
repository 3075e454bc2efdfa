package city.hotline.intake.repository;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.intake.domain.Call;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CallRepository implements PanacheRepositoryBase<Call, UUID> {

    /**
     * Claims an Idempotency-Key for a new call. Insert first: a concurrent retry with the same key
     * waits for this transaction and then finds the key taken.
     *
     * @return the call that already holds the key, or empty when the key is now the new call's
     */
    public Optional<UUID> claimIdempotencyKey(String key, UUID newCallId) {
        int inserted = getEntityManager()
                .createNativeQuery("INSERT INTO idempotency_key (key, call_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, key)
                .setParameter(2, newCallId)
                .executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        return Optional.of((UUID) getEntityManager()
                .createNativeQuery("SELECT call_id FROM idempotency_key WHERE key = ?1")
                .setParameter(1, key)
                .getSingleResult());
    }

    public long nextTicketSequence() {
        return ((Number) getEntityManager().createNativeQuery("SELECT nextval('ticket_number_seq')")
                .getSingleResult()).longValue();
    }
}
