package city.hotline.registry.service;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import city.hotline.registry.domain.AgeBand;
import city.hotline.registry.domain.ContactChannel;
import city.hotline.registry.domain.Gender;
import city.hotline.registry.domain.VulnerabilityTag;

/**
 * Imports a community's register of households and residents from CSV, as community workers keep
 * it in a spreadsheet. Each row is checked on its own; the file is written all or nothing unless a
 * partial import is asked for; a row that says what the registry already holds changes nothing, so
 * importing the same file again is harmless. Standing needs are not in the file and are kept.
 */
@ApplicationScoped
public class ResidentImport {

    /** The header the file must start with, in this order. */
    public static final List<String> HEADER = List.of("compound", "building", "unit", "door", "name", "gender",
            "phone", "age_band", "tags", "preferred_channel", "contact_consent", "share_consent");

    /** Longer than any honest row; a longer line is refused before it is read whole. */
    public static final int MAX_LINE_LENGTH = 1_000;

    /** Rows in one file: a large community has some ten thousand residents. */
    public static final int MAX_ROWS = 20_000;

    private static final CsvRecords<ResidentForm> RECORDS = new CsvRecords<>() {
        @Override
        public List<String> header() {
            return HEADER;
        }

        @Override
        public int maxLineLength() {
            return MAX_LINE_LENGTH;
        }

        @Override
        public int maxRows() {
            return MAX_ROWS;
        }

        @Override
        public String noun() {
            return "resident";
        }

        @Override
        public ResidentForm form(String communityCode, Map<String, String> field) {
            return new ResidentForm(communityCode, field.get("compound") + "/" + field.get("building"),
                    field.get("unit"), field.get("door"), field.get("name"),
                    CsvFields.optional(Gender.class, "gender", field.get("gender")),
                    field.get("phone").isEmpty() ? null : field.get("phone"),
                    CsvFields.optional(AgeBand.class, "age_band", field.get("age_band")),
                    CsvFields.enums(VulnerabilityTag.class, "tags", field.get("tags")),
                    CsvFields.optional(ContactChannel.class, "preferred_channel", field.get("preferred_channel")),
                    CsvFields.yesNo("contact_consent", field.get("contact_consent")),
                    CsvFields.yesNo("share_consent", field.get("share_consent")),
                    null);
        }

        @Override
        public String column(String property) {
            return switch (property) {
                case "ageBand" -> "age_band";
                case "preferredChannel" -> "preferred_channel";
                default -> property;
            };
        }

        @Override
        public List<String> buildings(ResidentForm form) {
            return List.of(form.building());
        }

        @Override
        public String identity(ResidentForm form) {
            return form.building() + "|" + form.unit() + "|" + form.door() + "|" + form.name();
        }
    };

    private final CsvImporter importer;
    private final ResidentRegister register;

    ResidentImport(CsvImporter importer, ResidentRegister register) {
        this.importer = importer;
        this.register = register;
    }

    /**
     * @param partial write the accepted rows even when some are rejected
     * @param generated mark what the file creates as generated demo data
     */
    @Transactional
    public ImportReport importCsv(String communityCode, Reader csv, boolean partial, boolean generated)
            throws IOException {
        return importer.importCsv(communityCode, csv, partial, RECORDS, forms -> register.saveAll(forms, generated));
    }
}
