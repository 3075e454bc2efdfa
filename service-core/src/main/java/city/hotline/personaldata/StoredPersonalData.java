package city.hotline.personaldata;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javax.sql.DataSource;

import org.jboss.logging.Logger;

/**
 * A service's stored personal data brought under its keys: checks that the keys are the ones the data was
 * protected with, then encrypts what is still plaintext and re-encrypts what an older key encrypted, and,
 * while more than one index key is configured, recomputes the blind indexes with the first. A wrong key
 * fails with a message naming the setting, before anything is written with it.
 */
public final class StoredPersonalData {

    private static final Logger LOG = Logger.getLogger(StoredPersonalData.class);

    /** Encrypted with each key when it first encrypts, to recognise the key at later starts. */
    static final String CHECK_TEXT = "hotline personal data key check";

    private static final int BATCH = 500;

    private final DataSource dataSource;
    private final PersonalDataKeys keys;
    private final PersonalDataCipher cipher;
    private final BlindIndex blindIndex;
    private final ProtectedColumns columns;

    public StoredPersonalData(DataSource dataSource, PersonalDataKeys keys, ProtectedColumns columns) {
        this.dataSource = dataSource;
        this.keys = keys;
        this.cipher = new PersonalDataCipher(keys);
        this.blindIndex = new BlindIndex(keys);
        this.columns = columns;
    }

    /**
     * Checks the keys, then converts every protected column and, during an index key rotation, re-indexes
     * it; returns how many values were (re-)encrypted or re-indexed.
     */
    public int protect() throws SQLException {
        int total = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            checkKeys(connection);
            for (ProtectedColumn column : columns.columns()) {
                int converted = convert(connection, column);
                if (converted > 0) {
                    LOG.infof("Encrypted %d values of %s with key '%s'", converted, column.qualifiedName(),
                            keys.currentId());
                }
                total += converted;
            }
            if (rotatingIndexKey()) {
                total += reindex(connection);
            }
        }
        return total;
    }

    /**
     * More than one index key configured: a rotation is under way. The indexes are recomputed at every start
     * until the old key is dropped, so that rows a replica still on the old key wrote meanwhile are caught too.
     */
    private boolean rotatingIndexKey() {
        return blindIndex.nameLookups(CHECK_TEXT).size() > 1;
    }

    /** Recomputes every blind index with the first index key, then records that key as the stored indexes' key. */
    private int reindex(Connection connection) throws SQLException {
        int total = 0;
        for (ProtectedColumn column : columns.columns()) {
            if (column.indexColumn() != null) {
                int changed = reindex(connection, column);
                LOG.infof("Re-indexed %d values of %s with the first key of %s", changed, column.qualifiedName(),
                        PersonalDataKeys.INDEX_KEY);
                total += changed;
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE personal_data_key SET check_value = ? WHERE purpose = 'index' AND key_id = '-'")) {
            update.setString(1, blindIndex.ofName(CHECK_TEXT));
            update.executeUpdate();
        }
        connection.commit();
        return total;
    }

    /** One column's indexes, a batch of rows per transaction in the order of their ids; a row changed meanwhile is left. */
    private int reindex(Connection connection, ProtectedColumn column) throws SQLException {
        String select = "SELECT " + column.idColumn() + ", " + column.column() + ", " + column.indexColumn()
                + " FROM " + column.table() + " WHERE " + column.column() + " IS NOT NULL";
        String update = "UPDATE " + column.table() + " SET " + column.indexColumn() + " = ? WHERE "
                + column.idColumn() + " = ? AND " + column.column() + " = ?";
        int changed = 0;
        Object last = null;
        while (true) {
            List<Object[]> rows = page(connection, column, select, null, last);
            if (rows.isEmpty()) {
                return changed;
            }
            try (PreparedStatement write = connection.prepareStatement(update)) {
                for (Object[] row : rows) {
                    String stored = (String) row[1];
                    String plaintext = PersonalDataCipher.isEncrypted(stored) ? decrypt(column, stored) : stored;
                    String index = column.index().of(blindIndex, plaintext);
                    if (!Objects.equals(index, row[2])) {
                        write.setString(1, index);
                        write.setObject(2, row[0]);
                        write.setString(3, stored);
                        write.addBatch();
                        changed++;
                    }
                }
                write.executeBatch();
            }
            connection.commit();
            last = rows.get(rows.size() - 1)[0];
        }
    }

    /**
     * One of the index keys must be the one the stored indexes were computed with, else every lookup by phone
     * would silently find nothing; each configured encryption key must be the one its id stood for before.
     */
    private void checkKeys(Connection connection) throws SQLException {
        List<String> indexChecks = blindIndex.nameLookups(CHECK_TEXT);
        Optional<String> storedIndexCheck = stored(connection, "index", "-");
        if (storedIndexCheck.isEmpty()) {
            insert(connection, "index", "-", indexChecks.get(0));
        } else if (!indexChecks.contains(storedIndexCheck.get())) {
            throw new PersonalDataException(PersonalDataKeys.INDEX_KEY + " is not the key the stored blind indexes "
                    + "were computed with: lookups by phone would find nobody. Configure the original index key "
                    + "(after a new one, to rotate).");
        }
        for (String id : keys.ids()) {
            Optional<String> check = stored(connection, "encryption", id);
            if (check.isPresent() && !CHECK_TEXT.equals(cipher.decrypt(check.get()))) {
                throw new PersonalDataException("key '" + id + "' of " + PersonalDataKeys.KEYS
                        + " does not decrypt its own check value");
            }
            if (check.isEmpty() && id.equals(keys.currentId())) {
                insert(connection, "encryption", id, cipher.encrypt(CHECK_TEXT));
            }
        }
        connection.commit();
    }

    private static Optional<String> stored(Connection connection, String purpose, String keyId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT check_value FROM personal_data_key WHERE purpose = ? AND key_id = ?")) {
            select.setString(1, purpose);
            select.setString(2, keyId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    private static void insert(Connection connection, String purpose, String keyId, String value)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO personal_data_key "
                + "(purpose, key_id, check_value) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            insert.setString(1, purpose);
            insert.setString(2, keyId);
            insert.setString(3, value);
            insert.executeUpdate();
        }
    }

    /**
     * Encrypts a column's plaintext and older-key values with the current key, a batch per transaction in
     * the order of the ids, so that a large table (intake's calls) is read once rather than once a batch.
     */
    private int convert(Connection connection, ProtectedColumn column) throws SQLException {
        String current = PersonalDataCipher.PREFIX + keys.currentId() + ":";
        String select = "SELECT " + column.idColumn() + ", " + column.column() + " FROM " + column.table()
                + " WHERE " + column.column() + " IS NOT NULL AND " + column.column() + " NOT LIKE ?";
        String update = "UPDATE " + column.table() + " SET " + column.column() + " = ?"
                + (column.indexColumn() == null ? "" : ", " + column.indexColumn() + " = ?")
                + " WHERE " + column.idColumn() + " = ? AND " + column.column() + " = ?";
        int converted = 0;
        Object last = null;
        while (true) {
            List<Object[]> rows = page(connection, column, select, current.replace("_", "\\_") + "%", last);
            if (rows.isEmpty()) {
                return converted;
            }
            try (PreparedStatement write = connection.prepareStatement(update)) {
                for (Object[] row : rows) {
                    String stored = (String) row[1];
                    String plaintext = PersonalDataCipher.isEncrypted(stored) ? decrypt(column, stored) : stored;
                    int parameter = 1;
                    write.setString(parameter++, cipher.encrypt(plaintext));
                    if (column.indexColumn() != null) {
                        write.setString(parameter++, column.index().of(blindIndex, plaintext));
                    }
                    write.setObject(parameter++, row[0]);
                    write.setString(parameter, stored);
                    write.addBatch();
                }
                write.executeBatch();
            }
            connection.commit();
            converted += rows.size();
            last = rows.get(rows.size() - 1)[0];
        }
    }

    /**
     * The next batch of rows a select finds after the id {@code last} (from the first when null), in the
     * order of the ids: the id, then the text of each further column selected.
     */
    private static List<Object[]> page(Connection connection, ProtectedColumn column, String select,
            String parameter, Object last) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(select
                + (last == null ? "" : " AND " + column.idColumn() + " > ?")
                + " ORDER BY " + column.idColumn() + " LIMIT " + BATCH)) {
            int index = 1;
            if (parameter != null) {
                query.setString(index++, parameter);
            }
            if (last != null) {
                query.setObject(index, last);
            }
            try (ResultSet row = query.executeQuery()) {
                int width = row.getMetaData().getColumnCount();
                while (row.next()) {
                    Object[] values = new Object[width];
                    values[0] = row.getObject(1);
                    for (int i = 1; i < width; i++) {
                        values[i] = row.getString(i + 1);
                    }
                    rows.add(values);
                }
            }
        }
        return rows;
    }

    private String decrypt(ProtectedColumn column, String stored) {
        try {
            return cipher.decrypt(stored);
        } catch (PersonalDataException e) {
            throw new PersonalDataException(column.qualifiedName() + ": " + e.getMessage());
        }
    }
}
