package city.hotline.intake.open311;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import city.hotline.events.Category;

/**
 * The Open311 services are our categories: the service code is the category's name in lower
 * case ({@code heating}), so a 311 client's choice lands in the category dispatch routes by.
 */
public final class Open311Services {

    private Open311Services() {
    }

    /** A service as GeoReport v2 lists it. */
    public record Service(String service_code, String service_name, String description, boolean metadata,
            String type, String keywords, String group) {
    }

    public static List<Service> all() {
        return Arrays.stream(Category.values()).map(Open311Services::of).toList();
    }

    public static Optional<Category> category(String serviceCode) {
        return Arrays.stream(Category.values()).filter(category -> code(category).equals(serviceCode)).findFirst();
    }

    public static String code(Category category) {
        return category.name().toLowerCase();
    }

    public static Service of(Category category) {
        return new Service(code(category), name(category), "12345 " + name(category), false, "realtime",
                name(category), "12345");
    }

    private static String name(Category category) {
        return switch (category) {
            case EPIDEMIC_CONTROL -> "疫情防控";
            case MEDICAL -> "就医";
            case SUPPLIES -> "生活物资";
            case HEATING -> "供暖";
            case UTILITIES -> "水电气";
            case NOISE_NEIGHBOUR -> "噪音与邻里";
            case PROPERTY -> "物业";
            case SANITATION -> "环境卫生";
            case HOUSING -> "房屋";
            case DELIVERY -> "快递配送";
            case ELDERLY_CARE -> "养老";
            case TRAFFIC -> "交通";
            case OTHER -> "其他";
        };
    }
}
