package city.hotline.personaldata;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts one value of personal data (a name, a phone number) with AES-256-GCM: a fresh random 96-bit
 * nonce per value, so the same phone stored twice gives two unrelated ciphertexts. A stored value reads
 * {@code pd:<key id>:<base64 of nonce, ciphertext and tag>}; the key id lets keys rotate, the prefix tells
 * encrypted values from plaintext ones written before encryption.
 *
 * <p>Each thread keeps one {@link Cipher} and initialises it afresh for every value, with that value's
 * nonce, rather than looking the algorithm up and expanding the key again for every column value (a
 * third of the cipher's time in the notification service). The AES provider expands a key again only
 * when it is given another one.
 */
public final class PersonalDataCipher {

    public static final String PREFIX = "pd:";

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final PersonalDataKeys keys;
    private final SecureRandom random = new SecureRandom();
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(PersonalDataCipher::newCipher);

    public PersonalDataCipher(PersonalDataKeys keys) {
        this.keys = keys;
    }

    public static boolean isEncrypted(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /** The id of the key a stored value was encrypted with. */
    public static String keyIdOf(String stored) {
        int end = stored.indexOf(':', PREFIX.length());
        if (!isEncrypted(stored) || end < 0) {
            throw new PersonalDataException("a stored value is not in the form pd:<key id>:<data>");
        }
        return stored.substring(PREFIX.length(), end);
    }

    public String encrypt(String plaintext) {
        if (plaintext == null) {
            return null;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, keys.current(), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return PREFIX + keys.currentId() + ":" + Base64.getEncoder().withoutPadding().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new PersonalDataException("AES-GCM is not available in this JVM", e);
        }
    }

    /**
     * The plaintext of a stored value; fails, naming the key but never the value, when the key is not
     * configured or is not the one the value was encrypted with.
     */
    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        String keyId = keyIdOf(stored);
        SecretKey key = keys.byId(keyId).orElseThrow(() -> new PersonalDataException("personal data was encrypted "
                + "with key '" + keyId + "', which is not among " + PersonalDataKeys.KEYS));
        byte[] data;
        try {
            data = Base64.getDecoder().decode(stored.substring(PREFIX.length() + keyId.length() + 1));
        } catch (IllegalArgumentException e) {
            throw new PersonalDataException("a value encrypted with key '" + keyId + "' is not valid base64");
        }
        if (data.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new PersonalDataException("a value encrypted with key '" + keyId + "' is truncated");
        }
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, data, 0, NONCE_BYTES));
            return new String(cipher.doFinal(data, NONCE_BYTES, data.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new PersonalDataException("personal data cannot be decrypted with the configured key '" + keyId
                    + "': it is not the key the data was encrypted with, or the data was altered");
        } catch (GeneralSecurityException e) {
            throw new PersonalDataException("AES-GCM is not available in this JVM", e);
        }
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new PersonalDataException("AES-GCM is not available in this JVM", e);
        }
    }

    /** Whether a stored value is encrypted with the key new values are encrypted with. */
    public boolean isCurrent(String stored) {
        return isEncrypted(stored) && keyIdOf(stored).equals(keys.currentId());
    }
}
