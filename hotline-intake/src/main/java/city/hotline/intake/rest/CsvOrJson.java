package city.hotline.intake.rest;

import java.util.List;
import java.util.function.Supplier;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;

/** The statistics' answer: JSON, or CSV for a client that prefers it ({@code Accept: text/csv}). */
final class CsvOrJson {

    static final String CSV = "text/csv";

    private static final MediaType CSV_TYPE = MediaType.valueOf(CSV);
    private static final List<Variant> VARIANTS =
            Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE, CSV_TYPE).build();

    private CsvOrJson() {
    }

    /**
     * @param json the JSON answer: an object to serialise, or the answer already streamed as JSON
     * @param csv the CSV (a text, or streamed), asked for only when the client chose it
     */
    static Response answer(Object json, Supplier<?> csv, Request request) {
        Variant chosen = request.selectVariant(VARIANTS);
        if (chosen != null && chosen.getMediaType().isCompatible(CSV_TYPE)) {
            return Response.ok(csv.get(), CSV_TYPE.withCharset("UTF-8")).build();
        }
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
