package city.hotline.events;

/**
 * A community (社区) entered or changed in the registry, with the places above it.
 *
 * @param code 12-digit statistical division code of the community
 */
public record CommunityRegistered(
        String code,
        String name,
        String streetCode,
        String streetName,
        String districtCode,
        String districtName,
        String cityCode,
        String cityName) {
}
