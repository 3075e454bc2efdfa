package city.hotline.dispatch.service;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import city.hotline.dispatch.domain.RoutingRule;
import city.hotline.dispatch.repository.RoutingRuleRepository;
import city.hotline.events.Category;

/**
 * The routing rules as data: per community, which roles take each category of ticket. A community
 * without rules of its own uses the default table.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class RoutingRules {

    private final RoutingRuleRepository rules;

    RoutingRules(RoutingRuleRepository rules) {
        this.rules = rules;
    }

    /** The roles that take a category of ticket in a community, most preferred first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> rolesFor(String communityCode, Category category) {
        return table(communityCode).getOrDefault(category, List.of());
    }

    /** The table a community routes by: its own if it has one, else the default. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Category, List<String>> table(String communityCode) {
        List<RoutingRule> own = rules.ofCommunity(communityCode);
        return asMap(own.isEmpty() ? rules.ofCommunity(RoutingRule.DEFAULT_TABLE) : own);
    }

    /** Replaces a community's table (or the default one, {@code *}); categories left out get no role step. */
    public Map<Category, List<String>> replace(String communityCode, Map<Category, List<String>> table) {
        rules.delete("communityCode", communityCode);
        rules.flush();
        table.forEach((category, roles) -> {
            RoutingRule rule = new RoutingRule();
            rule.communityCode = communityCode;
            rule.category = category;
            rule.roles = String.join(",", roles);
            rules.persist(rule);
        });
        return table(communityCode);
    }

    private static Map<Category, List<String>> asMap(List<RoutingRule> table) {
        Map<Category, List<String>> map = new EnumMap<>(Category.class);
        table.forEach(rule -> map.put(rule.category, rule.roleList()));
        return map;
    }
}
