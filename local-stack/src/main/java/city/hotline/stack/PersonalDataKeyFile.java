package city.hotline.stack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;

/**
 * The keys the services encrypt personal data with (docs/personal-data.md). A persistent stack
 * makes them at its first start and keeps them beside its data, readable by its owner only: data encrypted
 * with them is unreadable without them, so they live and are deleted with the data. A throw-away stack
 * makes new ones each time.
 */
final class PersonalDataKeyFile {

    private static final String KEYS = "HOTLINE_PERSONAL_DATA_KEYS";
    private static final String INDEX_KEY = "HOTLINE_PERSONAL_DATA_INDEX_KEY";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PersonalDataKeyFile() {
    }

    /** The keys as the services' environment, read from {@code file} or made and written there. */
    static Map<String, String> persistent(Path file) {
        if (!Files.exists(file)) {
            write(file, generated());
        }
        Properties keys = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            keys.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
        return Map.of(KEYS, keys.getProperty(KEYS), INDEX_KEY, keys.getProperty(INDEX_KEY));
    }

    static Map<String, String> generated() {
        return Map.of(KEYS, "local1:" + randomKey(), INDEX_KEY, randomKey());
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static void write(Path file, Map<String, String> keys) {
        Properties properties = new Properties();
        properties.putAll(keys);
        try {
            Files.createDirectories(file.getParent());
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                properties.store(writer, "Keys of the residents' and callers' personal data in this stack's database."
                        + " Without them that data cannot be read: keep them with the data.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }
}
