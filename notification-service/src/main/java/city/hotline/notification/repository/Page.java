package city.hotline.notification.repository;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param page  0-based
 * @param total how many there are on all pages
 */
public record Page<T>(List<T> items, int page, int size, long total) {
}
