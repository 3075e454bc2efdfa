package city.hotline.intake.service;

/**
 * Which communities statistics cover and at what level they are grouped.
 *
 * @param community only this community, or null
 * @param street    only the communities of this street, or null
 * @param district  only the communities of this district, or null
 */
public record StatisticsScope(StatisticsLevel level, String community, String street, String district) {
}
