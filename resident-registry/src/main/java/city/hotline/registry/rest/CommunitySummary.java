package city.hotline.registry.rest;

import city.hotline.registry.domain.Community;

/** A community in the list of communities. */
public record CommunitySummary(String code, String name, String streetCode, String streetName, String districtName,
        String cityName) {

    static CommunitySummary of(Community community) {
        return new CommunitySummary(community.code, community.name, community.street.code, community.street.name,
                community.street.district.name, community.street.district.city.name);
    }
}
