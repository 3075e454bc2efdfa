package city.hotline.intake.service;

/**
 * Which communities statistics cover and at what level they are grouped.
 *
 * @param community only this community, or null
 * @param street    only the communities of this street, or null
 * @param district  only the communities of this district, or null
 */
public record StatisticsScope(StatisticsLevel level, String community, String street, String district) {

    /**
     * The level roll-ups are read at: the grouping level, or the place the scope is narrowed to
     * when that is finer (a street's figures rolled up to its city are the street's, not the city's).
     */
    public StatisticsLevel readLevel() {
        StatisticsLevel read = level;
        if (district != null) {
            read = read.finer(StatisticsLevel.DISTRICT);
        }
        if (street != null) {
            read = read.finer(StatisticsLevel.STREET);
        }
        if (community != null) {
            read = read.finer(StatisticsLevel.COMMUNITY);
        }
        return read;
    }
}
