package city.hotline.personaldata;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys personal data is protected with, read from configuration (a Kubernetes Secret in production):
 * <ul>
 *   <li>{@code hotline.personal-data.keys}: {@code id:base64,id:base64...}, AES-256 keys; the first encrypts,
 *       every one decrypts, so a new key is put first and an old one dropped once nothing uses it;
 *   <li>{@code hotline.personal-data.index-key}: {@code base64,base64...}, each at least 256 bits, the HMAC keys
 *       of the blind indexes; the first computes every index written, every one is tried by lookups, so a new
 *       key is put first and the old one dropped once the stored indexes are recomputed with it (see
 *       {@link StoredPersonalData}).
 * </ul>
 * Bad or missing keys fail with a message that names the setting, never the key.
 */
public final class PersonalDataKeys {

    public static final String KEYS = "hotline.personal-data.keys";
    public static final String INDEX_KEY = "hotline.personal-data.index-key";

    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,16}");

    private final String currentId;
    private final Map<String, SecretKey> encryptionKeys;
    private final List<byte[]> indexKeys;

    private PersonalDataKeys(String currentId, Map<String, SecretKey> encryptionKeys, List<byte[]> indexKeys) {
        this.currentId = currentId;
        this.encryptionKeys = encryptionKeys;
        this.indexKeys = indexKeys;
    }

    public static PersonalDataKeys of(Optional<String> keys, Optional<String> indexKey) {
        String list = keys.filter(value -> !value.isBlank()).orElseThrow(() -> new IllegalStateException(
                KEYS + " is not set: personal data cannot be encrypted without a key (see docs/personal-data.md)"));
        Map<String, SecretKey> parsed = new LinkedHashMap<>();
        for (String entry : list.split(",")) {
            String[] parts = entry.trim().split(":", 2);
            if (parts.length != 2 || !KEY_ID.matcher(parts[0]).matches()) {
                throw new IllegalStateException(KEYS + " must list keys as id:base64 with ids of letters, digits, "
                        + "'-' or '_' (at most 16); one entry is not of that form");
            }
            byte[] key = decode(parts[1], KEYS + " key '" + parts[0] + "'");
            if (key.length != 32) {
                throw new IllegalStateException(KEYS + " key '" + parts[0] + "' has " + key.length * 8
                        + " bits; AES-256 needs 256");
            }
            if (parsed.put(parts[0], new SecretKeySpec(key, "AES")) != null) {
                throw new IllegalStateException(KEYS + " names key '" + parts[0] + "' twice");
            }
        }
        String indexList = indexKey.filter(value -> !value.isBlank()).orElseThrow(() -> new IllegalStateException(
                INDEX_KEY + " is not set: lookups by phone need it (see docs/personal-data.md)"));
        List<byte[]> indexKeys = new ArrayList<>();
        for (String entry : indexList.split(",")) {
            byte[] index = decode(entry, INDEX_KEY);
            if (index.length < 32) {
                throw new IllegalStateException(INDEX_KEY + " has a key of " + index.length * 8
                        + " bits; at least 256 are needed");
            }
            indexKeys.add(index);
        }
        return new PersonalDataKeys(parsed.keySet().iterator().next(), Map.copyOf(parsed), List.copyOf(indexKeys));
    }

    private static byte[] decode(String base64, String what) {
        try {
            return Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(what + " is not valid base64");
        }
    }

    /** The id of the key new values are encrypted with. */
    public String currentId() {
        return currentId;
    }

    public SecretKey current() {
        return encryptionKeys.get(currentId);
    }

    public Optional<SecretKey> byId(String id) {
        return Optional.ofNullable(encryptionKeys.get(id));
    }

    public Iterable<String> ids() {
        return encryptionKeys.keySet();
    }

    /** The HMAC keys of the blind indexes, the one that computes new indexes first. */
    List<byte[]> indexKeys() {
        return indexKeys.stream().map(byte[]::clone).toList();
    }
}
