package city.hotline.intake.service;

/** The level statistics are grouped at: each community, or rolled up to street, district or city. */
public enum StatisticsLevel {
    COMMUNITY("cv.code", "cv.name"),
    STREET("cv.street_code", "cv.street_name"),
    DISTRICT("cv.district_code", "cv.district_name"),
    CITY("cv.city_code", "cv.city_name");

    private final String codeColumn;
    private final String nameColumn;

    StatisticsLevel(String codeColumn, String nameColumn) {
        this.codeColumn = codeColumn;
        this.nameColumn = nameColumn;
    }

    /** The column of community_view (alias cv) holding a community's place at this level. */
    public String codeColumn() {
        return codeColumn;
    }

    public String nameColumn() {
        return nameColumn;
    }

    /** The finer of two levels. */
    public StatisticsLevel finer(StatisticsLevel other) {
        return ordinal() <= other.ordinal() ? this : other;
    }
}
