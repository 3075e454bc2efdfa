package city.hotline.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

    private static final String KEY_A = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String KEY_B = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    private static final String INDEX_KEY = Base64.getEncoder().encodeToString("an index key of thirty-two bytes".getBytes());

    private static PersonalDataCipher cipher(String keys) {
        return new PersonalDataCipher(PersonalDataKeys.of(Optional.of(keys), Optional.of(INDEX_KEY)));
    }

    @Test
    void aValueReadsBackButIsNotInItsStoredForm() {
        PersonalDataCipher cipher = cipher("k1:" + KEY_A);
        String stored = cipher.encrypt("魏建国 13800001234");
        assertThat(stored).startsWith("pd:k1:").doesNotContain("13800001234").doesNotContain("魏");
        assertThat(cipher.decrypt(stored)).isEqualTo("魏建国 13800001234");
    }

    @Test
    void theSameValueIsStoredDifferentlyEachTime() {
        PersonalDataCipher cipher = cipher("k1:" + KEY_A);
        assertThat(cipher.encrypt("13800001234")).isNotEqualTo(cipher.encrypt("13800001234"));
    }

    @Test
    void anOlderKeyStillDecryptsAfterANewOneIsPutFirst() {
        String stored = cipher("k1:" + KEY_A).encrypt("13800001234");
        PersonalDataCipher rotated = cipher("k2:" + KEY_B + ",k1:" + KEY_A);
        assertThat(rotated.decrypt(stored)).isEqualTo("13800001234");
        assertThat(rotated.isCurrent(stored)).isFalse();
        assertThat(rotated.encrypt("13800001234")).startsWith("pd:k2:");
    }

    @Test
    void aWrongKeyFailsNamingTheKeyNotTheData() {
        String stored = cipher("k1:" + KEY_A).encrypt("13800001234");
        assertThatThrownBy(() -> cipher("k1:" + KEY_B).decrypt(stored))
                .isInstanceOf(PersonalDataException.class)
                .hasMessageContaining("'k1'").hasMessageNotContaining("13800001234");
        assertThatThrownBy(() -> cipher("k2:" + KEY_B).decrypt(stored))
                .hasMessageContaining("'k1', which is not among hotline.personal-data.keys");
    }

    @Test
    void alteredDataIsRefused() {
        PersonalDataCipher cipher = cipher("k1:" + KEY_A);
        String stored = cipher.encrypt("13800001234");
        assertThatThrownBy(() -> cipher.decrypt(altered(stored))).isInstanceOf(PersonalDataException.class);
    }

    /** A thread reuses its cipher: a value refused, or read with another key, leaves it fit for the next. */
    @Test
    void aValueRefusedOrOfAnotherKeyLeavesTheNextOneReadable() {
        PersonalDataCipher rotated = cipher("k2:" + KEY_B + ",k1:" + KEY_A);
        String old = cipher("k1:" + KEY_A).encrypt("13800001234");
        String stored = rotated.encrypt("魏建国");
        assertThatThrownBy(() -> rotated.decrypt(altered(stored))).isInstanceOf(PersonalDataException.class);
        assertThat(rotated.decrypt(stored)).isEqualTo("魏建国");
        assertThat(rotated.decrypt(old)).isEqualTo("13800001234");
        assertThat(rotated.decrypt(rotated.encrypt("13900005678"))).isEqualTo("13900005678");
        assertThat(rotated.decrypt(stored)).isEqualTo("魏建国");
    }

    /**
     * The stored value with one character of its middle changed. Not the last one: Base64's last
     * character may carry only padding bits, which decode to the same bytes whatever they are.
     */
    private static String altered(String stored) {
        int middle = stored.length() / 2;
        char changed = stored.charAt(middle) == 'A' ? 'B' : 'A';
        return stored.substring(0, middle) + changed + stored.substring(middle + 1);
    }

    @Test
    void badKeysAreRefusedNamingTheSetting() {
        assertThatThrownBy(() -> PersonalDataKeys.of(Optional.empty(), Optional.of(INDEX_KEY)))
                .hasMessageContaining("hotline.personal-data.keys is not set");
        assertThatThrownBy(() -> PersonalDataKeys.of(Optional.of("k1:" + Base64.getEncoder().encodeToString(new byte[16])),
                Optional.of(INDEX_KEY))).hasMessageContaining("has 128 bits");
        assertThatThrownBy(() -> PersonalDataKeys.of(Optional.of("k1:" + KEY_A), Optional.empty()))
                .hasMessageContaining("hotline.personal-data.index-key is not set");
        assertThatThrownBy(() -> PersonalDataKeys.of(Optional.of("k1:not base64!"), Optional.of(INDEX_KEY)))
                .hasMessageContaining("not valid base64");
    }

    @Test
    void aPhoneHasOneIndexHoweverItIsWritten() {
        BlindIndex index = new BlindIndex(PersonalDataKeys.of(Optional.of("k1:" + KEY_A), Optional.of(INDEX_KEY)));
        assertThat(index.ofPhone("+86 138-0000-1234")).isEqualTo(index.ofPhone("13800001234"))
                .isEqualTo(index.ofPhone("008613800001234")).isNotEqualTo(index.ofPhone("13800001235"))
                .doesNotContain("1380000");
        assertThat(index.ofPhone("010-64051234")).isEqualTo(index.ofPhone("01064051234"));
        BlindIndex otherKey = new BlindIndex(PersonalDataKeys.of(Optional.of("k1:" + KEY_A), Optional.of(KEY_B)));
        assertThat(otherKey.ofPhone("13800001234")).isNotEqualTo(index.ofPhone("13800001234"));
    }

    @Test
    void duringAnIndexKeyRotationTheNewKeyWritesAndLookupsTryBoth() {
        BlindIndex old = new BlindIndex(PersonalDataKeys.of(Optional.of("k1:" + KEY_A), Optional.of(INDEX_KEY)));
        BlindIndex rotating = new BlindIndex(PersonalDataKeys.of(Optional.of("k1:" + KEY_A),
                Optional.of(KEY_B + "," + INDEX_KEY)));

        assertThat(rotating.ofPhone("13800001234")).isNotEqualTo(old.ofPhone("13800001234"));
        assertThat(rotating.phoneLookups("+86 138 0000 1234"))
                .containsExactly(rotating.ofPhone("13800001234"), old.ofPhone("13800001234"));
        assertThat(rotating.nameLookups(" 魏建国")).containsExactly(rotating.ofName("魏建国"), old.ofName("魏建国"));
        assertThat(rotating.phoneLookups(" ")).isEmpty();
        assertThatThrownBy(() -> PersonalDataKeys.of(Optional.of("k1:" + KEY_A),
                Optional.of(INDEX_KEY + "," + Base64.getEncoder().encodeToString(new byte[16]))))
                .hasMessageContaining("hotline.personal-data.index-key has a key of 128 bits");
    }
}
