package city.hotline.dispatch.rest;

import java.util.List;

/** One page of a ticket list. */
public record TicketPage(List<TicketView> tickets, int page, int size, long total) {
}
