package city.hotline.registry.service;

import java.util.List;
import java.util.Map;

/**
 * What the rows of one kind of register file mean, for {@link CsvImporter}.
 *
 * @param <F> the form a row becomes, validated like the same form sent as JSON
 */
interface CsvRecords<F> {

    /** The header the file must start with, in this order. */
    List<String> header();

    /** Longer than any honest row; a longer line is refused before it is read whole. */
    int maxLineLength();

    int maxRows();

    /** What a row holds, in the words of the report: "the same resident as line 3". */
    String noun();

    /**
     * The form of a row, by column name, each value stripped; an IllegalArgumentException naming the column when a
     * field is not of its form.
     */
    F form(String communityCode, Map<String, String> fields);

    /** The column a property of the form comes from, to name it in the report. */
    String column(String property);

    /** The buildings the form names ({@code compound/building}), each of which must be the community's. */
    List<String> buildings(F form);

    /** Two rows with the same identity are the same record, which a file may hold only once. */
    String identity(F form);
}
