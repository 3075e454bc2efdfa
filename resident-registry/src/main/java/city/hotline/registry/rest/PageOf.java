package city.hotline.registry.rest;

import java.util.List;
import java.util.function.Function;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** One page of a list: its items, which page it is and how many items there are in all. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

    static <E, T> PageOf<T> of(PanacheQuery<E> query, Function<E, T> view) {
        return new PageOf<>(query.list().stream().map(view).toList(), query.page().index, query.page().size,
                query.count());
    }
}
