package city.hotline.events;

/** The topic of a call, as the city's statistics count it. */
public enum Category {
    EPIDEMIC_CONTROL, MEDICAL, SUPPLIES, HEATING, UTILITIES, NOISE_NEIGHBOUR, PROPERTY, SANITATION,
    HOUSING, DELIVERY, ELDERLY_CARE, TRAFFIC, OTHER
}
