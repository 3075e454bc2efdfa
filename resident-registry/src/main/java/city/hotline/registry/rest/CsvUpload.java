package city.hotline.registry.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import city.hotline.registry.service.ImportReport;

/**
 * How the register imports answer an uploaded file: read as UTF-8 that must be valid (a decoder from
 * {@code newDecoder()} reports bad bytes rather than replacing them), then the report, or a 400 naming each
 * rejected row when nothing was written.
 */
final class CsvUpload {

    /** One import of a file, as {@code residentImport.importCsv(code, csv, partial, false)}. */
    interface Import {
        ImportReport from(Reader csv) throws IOException;
    }

    private CsvUpload() {
    }

    static Response answer(InputStream file, String path, Import importing) throws IOException {
        try (Reader csv = new InputStreamReader(file, StandardCharsets.UTF_8.newDecoder())) {
            ImportReport report = importing.from(csv);
            if (!report.written()) {
                return ImportProblem.of(report, path);
            }
            return Response.ok(report, MediaType.APPLICATION_JSON).build();
        }
    }
}
