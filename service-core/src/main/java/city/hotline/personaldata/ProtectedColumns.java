package city.hotline.personaldata;

import java.util.List;

/**
 * The columns of personal data a service stores encrypted: a service that has any produces one of these,
 * which makes its keys required and checked at start.
 */
public record ProtectedColumns(List<ProtectedColumn> columns) {

    public static ProtectedColumns of(ProtectedColumn... columns) {
        return new ProtectedColumns(List.of(columns));
    }
}
