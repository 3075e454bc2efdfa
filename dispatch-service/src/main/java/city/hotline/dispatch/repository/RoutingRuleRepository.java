package city.hotline.dispatch.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.dispatch.domain.RoutingRule;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class RoutingRuleRepository implements PanacheRepository<RoutingRule> {

    /** A community's own rules; the default table under {@link RoutingRule#DEFAULT_TABLE}. */
    public List<RoutingRule> ofCommunity(String communityCode) {
        return list("communityCode = ?1 order by category", communityCode);
    }
}
