package city.hotline.intake.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.events.Category;
import city.hotline.intake.domain.PolicyAnswer;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PolicyAnswerRepository implements PanacheRepositoryBase<PolicyAnswer, UUID> {

    /** The answers current on the day, of the category or of none. */
    public List<PolicyAnswer> current(LocalDate day, Category category) {
        return list("validFrom <= :day and (validUntil is null or validUntil >= :day)"
                + " and (category is null or category = :category)",
                Parameters.with("day", day).and("category", category));
    }

    public List<PolicyAnswer> all() {
        return listAll(Sort.by("validFrom").descending().and("id"));
    }
}
