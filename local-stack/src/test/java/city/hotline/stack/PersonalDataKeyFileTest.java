package city.hotline.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonalDataKeyFileTest {

    @TempDir
    Path data;

    @Test
    void aPersistentStackMakesItsKeysOnceAndKeepsThemForItsOwnerOnly() throws Exception {
        Path file = data.resolve("personal-data-keys.properties");
        Map<String, String> first = PersonalDataKeyFile.persistent(file);
        Map<String, String> again = PersonalDataKeyFile.persistent(file);

        assertEquals(first, again);
        assertTrue(first.get("HOTLINE_PERSONAL_DATA_KEYS").startsWith("local1:"));
        assertEquals(44, first.get("HOTLINE_PERSONAL_DATA_INDEX_KEY").length(), "256 bits in base64");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertNotEquals(first, PersonalDataKeyFile.generated(), "a throw-away stack gets keys of its own");
    }
}
