package city.hotline.personaldata;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * 盲索引: what an encrypted column is looked up by. HMAC-SHA256, under a key of its own, of the value in
 * one normal form: equal phones give equal indexes, so {@code where phone_index in (?)} finds them, while the
 * index tells nothing about the number to whoever lacks the key (a plain hash of an 11-digit number would
 * be reversed by trying them all).
 *
 * <p>The index keys rotate like the encryption keys: the first configured key computes every index written
 * ({@link #ofPhone}, {@link #ofName}), and a lookup tries every key ({@link #phoneLookups},
 * {@link #nameLookups}), so rows indexed under the previous key are still found while
 * {@link StoredPersonalData} recomputes them.
 */
public final class BlindIndex {

    private static final String PHONE = "phone";
    private static final String NAME = "name";

    private final List<SecretKeySpec> keys;

    public BlindIndex(PersonalDataKeys keys) {
        this.keys = keys.indexKeys().stream().map(key -> new SecretKeySpec(key, "HmacSHA256")).toList();
    }

    /** The index of a phone number, as any of its spellings: {@code +86 138-0000-1234} as {@code 13800001234}. */
    public String ofPhone(String phone) {
        return phone == null || phone.isBlank() ? null : of(keys.get(0), PHONE, normalisePhone(phone));
    }

    /** The index of a name as written (trimmed): equal names in a household are one person. */
    public String ofName(String name) {
        return name == null ? null : of(keys.get(0), NAME, name.strip());
    }

    /** What a stored phone index may be under each configured key, the current one first: to query with {@code in}. */
    public List<String> phoneLookups(String phone) {
        return phone == null || phone.isBlank() ? List.of() : all(PHONE, normalisePhone(phone));
    }

    /** What a stored name index may be under each configured key, the current one first. */
    public List<String> nameLookups(String name) {
        return name == null ? List.of() : all(NAME, name.strip());
    }

    /** Digits only, without China's country code in front of a mobile number. */
    public static String normalisePhone(String phone) {
        return phone.replaceAll("[ -]", "").replaceFirst("^(\\+|00)?86(?=1\\d{10}$)", "");
    }

    private List<String> all(String kind, String value) {
        return keys.stream().map(key -> of(key, kind, value)).toList();
    }

    /** The kind is part of the message, so a name and a phone spelled alike never share an index. */
    private static String of(SecretKeySpec key, String kind, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal((kind + ":" + value).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new PersonalDataException("HMAC-SHA256 is not available in this JVM", e);
        }
    }
}
