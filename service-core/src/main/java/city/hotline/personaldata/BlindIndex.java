package city.hotline.personaldata;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * 盲索引: what an encrypted column is looked up by. HMAC-SHA256, under a key of its own, of the value in
 * one normal form: equal phones give equal indexes, so {@code where phone_index = ?} finds them, while the
 * index tells nothing about the number to whoever lacks the key (a plain hash of an 11-digit number would
 * be reversed by trying them all).
 */
public final class BlindIndex {

    private final SecretKeySpec key;

    public BlindIndex(PersonalDataKeys keys) {
        this.key = new SecretKeySpec(keys.indexKey(), "HmacSHA256");
    }

    /** The index of a phone number, as any of its spellings: {@code +86 138-0000-1234} as {@code 13800001234}. */
    public String ofPhone(String phone) {
        return phone == null || phone.isBlank() ? null : of("phone", normalisePhone(phone));
    }

    /** The index of a name as written (trimmed): equal names in a household are one person. */
    public String ofName(String name) {
        return name == null ? null : of("name", name.strip());
    }

    /** Digits only, without China's country code in front of a mobile number. */
    public static String normalisePhone(String phone) {
        return phone.replaceAll("[ -]", "").replaceFirst("^(\\+|00)?86(?=1\\d{10}$)", "");
    }

    /** The kind is part of the message, so a name and a phone spelled alike never share an index. */
    private String of(String kind, String value) {
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
