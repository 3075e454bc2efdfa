package city.hotline.registry.domain;

import java.util.Set;

/**
 * How a resident's name and phone appear where the full record is not needed: 138****5678 and
 * 魏先生, enough for a worker to recognise whom a line is about, not enough to call or find them.
 */
public final class Privacy {

    /** The two-character surnames common enough to matter; every other surname is one character. */
    private static final Set<String> COMPOUND_SURNAMES =
            Set.of("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容", "司徒", "夏侯", "尉迟", "公孙");

    private Privacy() {
    }

    /** Keeps the first 3 and last 4 digits: 13812345678 → 138****5678. */
    public static String maskPhone(String phone) {
        if (phone == null) {
            return null;
        }
        if (phone.length() <= 7) {
            return "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }

    /** The surname and a polite form of address: 魏先生, 张女士, or 李* when the gender is not known. */
    public static String maskName(String name, Gender gender) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        String surname = name.length() > 2 && COMPOUND_SURNAMES.contains(name.substring(0, 2))
                ? name.substring(0, 2) : name.substring(0, 1);
        if (gender == null) {
            return surname + "*";
        }
        return surname + (gender == Gender.MALE ? "先生" : "女士");
    }
}
