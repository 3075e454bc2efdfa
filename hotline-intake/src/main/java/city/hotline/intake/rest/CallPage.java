package city.hotline.intake.rest;

import java.util.List;

/**
 * One page of a list of calls.
 *
 * @param page  0-based
 * @param total how many calls match, over all pages
 */
public record CallPage(List<CallAnswer> calls, int page, int size, long total) {
}
