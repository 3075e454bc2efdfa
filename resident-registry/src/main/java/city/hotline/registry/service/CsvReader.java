package city.hotline.registry.service;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;

import city.hotline.web.InvalidInputException;

/**
 * Reads CSV as RFC 4180 writes it (comma separated, fields optionally in double quotes, a quote in a
 * quoted field doubled), one record at a time, refusing a line longer than a bound before it has
 * been read whole, so one endless line cannot fill the memory. A line that is not UTF-8 or holds a NUL refuses
 * the file.
 */
final class CsvReader {

    private final Reader in;
    private final int maxLineLength;
    private int line;
    private boolean atEnd;

    CsvReader(Reader in, int maxLineLength) {
        this.in = in;
        this.maxLineLength = maxLineLength;
    }

    /** The line number of the record last read, from 1. */
    int line() {
        return line;
    }

    /** The next record's fields, or null at the end of the input. Blank lines are skipped. */
    List<String> next() throws IOException {
        while (!atEnd) {
            List<String> record = readRecord();
            if (record != null && !(record.size() == 1 && record.get(0).isBlank())) {
                return record;
            }
        }
        return null;
    }

    /**
     * The next character. A NUL cannot be stored; bytes that are not UTF-8 (seen when {@code in} reports them, as
     * a decoder from {@code newDecoder()} does) would be stored as replacement characters, not as sent.
     */
    private int read() throws IOException {
        int c;
        try {
            c = in.read();
        } catch (CharacterCodingException notUtf8) {
            throw new InvalidInputException("line " + line, "is not UTF-8");
        }
        if (c == 0) {
            throw new InvalidInputException("line " + line, "contains a NUL character");
        }
        return c;
    }

    private List<String> readRecord() throws IOException {
        line++;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int length = 0;
        int c = read();
        if (c == -1) {
            atEnd = true;
            return null;
        }
        if (line == 1 && c == '\uFEFF') {
            c = read();
        }
        while (true) {
            if (c == -1) {
                atEnd = true;
                break;
            }
            if (++length > maxLineLength) {
                throw new InvalidInputException("line " + line, "is longer than " + maxLineLength + " characters");
            }
            if (quoted) {
                if (c == '"') {
                    int after = read();
                    if (after == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = after;
                        continue;
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                break;
            } else if (c != '\r') {
                field.append((char) c);
            }
            c = read();
        }
        fields.add(field.toString());
        return fields;
    }
}
