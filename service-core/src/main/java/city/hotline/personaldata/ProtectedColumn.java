package city.hotline.personaldata;

import java.util.function.BiFunction;

/**
 * A column a service stores encrypted with {@link PersonalDataConverter}, and the blind index column kept
 * beside it when the service looks rows up by the value. A service lists its columns in a
 * {@link ProtectedColumns} bean; at start, {@link PersonalDataStartup} encrypts what is still plaintext
 * in them (rows written before encryption) and re-encrypts what an older key encrypted.
 *
 * @param table       the table, in the service's schema
 * @param idColumn    its primary key column
 * @param indexColumn the blind index column, or null
 */
public record ProtectedColumn(String table, String idColumn, String column, String indexColumn, Index index) {

    /** How a column's blind index is computed from the plaintext. */
    public enum Index {
        NONE((blindIndex, value) -> null),
        PHONE(BlindIndex::ofPhone),
        NAME(BlindIndex::ofName);

        private final BiFunction<BlindIndex, String, String> function;

        Index(BiFunction<BlindIndex, String, String> function) {
            this.function = function;
        }

        String of(BlindIndex blindIndex, String plaintext) {
            return function.apply(blindIndex, plaintext);
        }
    }

    public static ProtectedColumn encrypted(String table, String idColumn, String column) {
        return new ProtectedColumn(table, idColumn, column, null, Index.NONE);
    }

    public static ProtectedColumn indexed(String table, String idColumn, String column, String indexColumn,
            Index index) {
        return new ProtectedColumn(table, idColumn, column, indexColumn, index);
    }

    public String qualifiedName() {
        return table + "." + column;
    }
}
