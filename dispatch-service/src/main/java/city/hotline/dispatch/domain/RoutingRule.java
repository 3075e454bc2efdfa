package city.hotline.dispatch.domain;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import city.hotline.events.Category;

/**
 * Which roles of a community take a category of ticket, in order of preference, after the
 * building's butler and grid worker. Community {@value #DEFAULT_TABLE} holds the default table.
 */
@Entity
@Table(name = "routing_rule")
public class RoutingRule {

    public static final String DEFAULT_TABLE = "*";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String communityCode;

    @Enumerated(EnumType.STRING)
    public Category category;

    /** Registry roles, comma-separated, most preferred first. */
    public String roles;

    public List<String> roleList() {
        return Arrays.stream(roles.split(",")).map(String::trim).filter(role -> !role.isEmpty()).toList();
    }
}
