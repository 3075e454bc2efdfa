package city.hotline.intake.service;

/** The level statistics are grouped at: each community, or rolled up to street, district or city. */
public enum StatisticsLevel {
    COMMUNITY("cv.code, cv.name"),
    STREET("cv.street_code, cv.street_name"),
    DISTRICT("cv.district_code, cv.district_name"),
    CITY("cv.city_code, cv.city_name");

    private final String groupColumns;

    StatisticsLevel(String groupColumns) {
        this.groupColumns = groupColumns;
    }

    /** The code and name columns of the group, in the queries of the statistics repository. */
    public String groupColumns() {
        return groupColumns;
    }
}
