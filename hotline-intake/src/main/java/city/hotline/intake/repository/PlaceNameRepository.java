package city.hotline.intake.repository;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.hibernate.query.NativeQuery;

import city.hotline.intake.service.Placement;

/** The names of places callers say, each pointing at a community and, for a building, the building. */
@ApplicationScoped
public class PlaceNameRepository {

    private final EntityManager entityManager;

    PlaceNameRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** @param building {@code compound/building}, or null for a name of the whole community or compound */
    public void remember(String normalisedName, String communityCode, String building) {
        entityManager.createNativeQuery("""
                INSERT INTO place_name (name, community_code, building) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING""")
                .setParameter(1, normalisedName)
                .setParameter(2, communityCode)
                .setParameter(3, building == null ? "" : building)
                .executeUpdate();
    }

    /**
     * The place whose name is the longest found in the text. When two places of that length are in
     * different communities the text is ambiguous and nothing is found: an operator places the call.
     *
     * @param communityCode when given, only that community's places are considered
     */
    @SuppressWarnings("unchecked")
    public Optional<Placement> longestNamedIn(String normalisedText, String communityCode) {
        // Two statements rather than "?2 IS NULL OR community_code = ?2", which a prepared plan cannot use an index for.
        Query query = communityCode == null
                ? entityManager.createNativeQuery("""
                        SELECT community_code, building, length(name) FROM place_name
                        WHERE strpos(?1, name) > 0
                        ORDER BY length(name) DESC, building DESC LIMIT 2""")
                : entityManager.createNativeQuery("""
                        SELECT community_code, building, length(name) FROM place_name
                        WHERE community_code = ?2 AND strpos(?1, name) > 0
                        ORDER BY length(name) DESC, building DESC LIMIT 2""")
                        .setParameter(2, communityCode);
        // Declares its table: a pending call or ticket need not be written before the lookup.
        List<Object[]> rows = query.unwrap(NativeQuery.class).addSynchronizedQuerySpace("place_name")
                .setParameter(1, normalisedText).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] best = rows.get(0);
        if (rows.size() == 2 && rows.get(1)[2].equals(best[2]) && !rows.get(1)[0].equals(best[0])) {
            return Optional.empty();
        }
        String building = (String) best[1];
        return Optional.of(new Placement((String) best[0], building.isEmpty() ? null : building));
    }
}
