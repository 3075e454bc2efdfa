package city.hotline.testkit;

import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * The bad-input corpus: bodies made by breaking a valid example body of an endpoint in every way a careless or
 * hostile client might. JSON bodies are broken as a whole (malformed, truncated, 5 MB, deeply nested, invalid
 * UTF-8, another media type) and field by field (missing, null, the wrong type, hostile and unusual strings,
 * numbers and dates out of range); form and CSV bodies likewise, cell by cell.
 */
final class BadInputs {

    /** Larger than any service's body limit or field size, smaller than the default limit of 10 MB. */
    static final int FIVE_MB = 5 * 1024 * 1024;

    /** Strings a client may send in any text field; a service keeps them exactly or refuses them. */
    static final Map<String, String> STRINGS = strings();

    /** Values of the wrong JSON type, or numbers no field should take, as JSON text. */
    private static final Map<String, String> JSON_VALUES = jsonValues();

    private static final Map<String, String> DATES = Map.of(
            "year 0", "0000-01-01",
            "year -999999999", "-999999999-01-01",
            "year +999999999", "+999999999-12-31",
            "30 February", "2023-02-30",
            "month 13", "2023-13-01",
            "five-digit year", "20231-01-01");
    private static final Map<String, String> DATE_TIMES = Map.of(
            "year 9999", "9999-12-31T23:59:59Z",
            "year 1", "0001-01-01T00:00:00Z",
            "year +999999999", "+999999999-12-31T23:59:59Z",
            "hour 25", "2022-12-05T25:00:00+08:00",
            "offset +19:00", "2022-12-05T10:00:00+19:00",
            "no offset", "2022-12-05T10:00:00");
    private static final Map<String, String> TIMES = Map.of(
            "24:00", "24:00", "25:61", "25:61", "-01:00", "-01:00");
    private static final Map<String, String> DURATIONS = Map.of(
            "a thousand million days", "P1000000000D", "negative", "P-1D", "empty period", "P",
            "overflowing seconds", "PT9223372036854775807S");

    private static final Pattern DATE = Pattern.compile("[+-]?\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");
    private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}(:\\d{2})?");
    private static final Pattern DURATION = Pattern.compile("P(T)?\\d.*");
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern ENUM_CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]+");

    /** Byte sequences that are not UTF-8: a bad continuation, bytes never used, overlong, a surrogate, cut short. */
    private static final Map<String, byte[]> NOT_UTF_8 = Map.of(
            "bad continuation byte", new byte[] {(byte) 0xC3, 0x28},
            "bytes FF FE", new byte[] {(byte) 0xFF, (byte) 0xFE},
            "overlong slash", new byte[] {(byte) 0xC0, (byte) 0xAF},
            "encoded surrogate", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            "cut multibyte", new byte[] {(byte) 0xE7, (byte) 0x94});

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Stands for a value in a body while it is written; replaced by the value's JSON text afterwards. */
    private static final String HOLE = "\"⟦hole⟧\"";

    private BadInputs() {
    }

    /** The corpus for an endpoint taking {@code contentType}, made from a valid {@code example} body. */
    static List<BadInput> of(String contentType, String example) {
        if (contentType.contains("json")) {
            return json(contentType, example);
        }
        if (contentType.contains("form")) {
            return form(contentType, example);
        }
        return csv(contentType, example);
    }

    // ---- JSON

    private static List<BadInput> json(String type, String example) {
        JsonNode valid = readJson(example);
        List<BadInput> corpus = new ArrayList<>();
        Consumer<BadInput> add = corpus::add;
        add.accept(text("empty body", type, ""));
        add.accept(text("a lone brace", type, "{"));
        add.accept(text("an open key", type, "{\""));
        add.accept(text("cut in half", type, example.substring(0, example.length() / 2)));
        add.accept(text("cut before the last brace", type, example.strip().substring(0, example.strip().length() - 1)));
        add.accept(text("trailing garbage", type, example + "}garbage"));
        add.accept(text("single quotes", type, example.replace('"', '\'')));
        add.accept(text("null", type, "null"));
        add.accept(text("a number", type, "42"));
        add.accept(text("a string", type, "\"电梯坏了\""));
        add.accept(text("an array of the example", type, "[" + example + "]"));
        add.accept(text("no fields", type, "{}"));
        add.accept(text("byte order mark", type, "\uFEFF" + example));
        add.accept(text("arrays nested 100000 deep", type, "[".repeat(100_000) + "]".repeat(100_000)));
        add.accept(text("as text/plain", "text/plain", example));
        add.accept(text("as application/xml", "application/xml", "<call><text>电梯坏了</text></call>"));
        if (valid instanceof ObjectNode object) {
            ObjectNode extra = object.deepCopy();
            extra.put("unexpectedField", "多余的字段");
            add.accept(text("an extra field", type, write(extra)));
            String first = object.fieldNames().hasNext() ? object.fieldNames().next() : "field";
            add.accept(text("objects nested 5000 deep in " + first, type,
                    withHole(object, List.of(first), "{\"a\":".repeat(5000) + "1" + "}".repeat(5000))));
            add.accept(text("duplicate " + first, type, "{\"" + first + "\":" + object.get(first)
                    + "," + write(object).substring(1)));
        }
        List<List<Object>> leaves = new ArrayList<>();
        leaves(valid, new ArrayList<>(), leaves);
        List<Object> firstText = leaves.stream().filter(path -> at(valid, path).isTextual()).findFirst().orElse(null);
        if (firstText != null) {
            String field = name(firstText);
            add.accept(text("5 MB string in " + field, type,
                    withHole(valid, firstText, "\"" + "长".repeat(FIVE_MB / 3 + 1) + "\"")));
            add.accept(text("5 MB array in " + field, type,
                    withHole(valid, firstText, "[" + "1,".repeat(FIVE_MB / 2) + "1]")));
            String[] around = withHole(valid, firstText, HOLE).split(Pattern.quote(HOLE), 2);
            NOT_UTF_8.forEach((what, bytes) -> add.accept(BadInput.whole(field + " not UTF-8: " + what, type,
                    concat(around[0] + "\"电梯", bytes, "坏了\"" + around[1]))));
        } else {
            add.accept(text("5 MB of spaces", type, " ".repeat(FIVE_MB) + example));
        }
        for (List<Object> path : leaves) {
            String field = name(path);
            JsonNode value = at(valid, path);
            if (path.get(path.size() - 1) instanceof String) {
                add.accept(text(field + " missing", type, without(valid, path)));
            }
            JSON_VALUES.forEach((what, json) -> {
                if (!(value.isTextual() && json.startsWith("\""))) {
                    add.accept(text(field + " = " + what, type, withHole(valid, path, json)));
                }
            });
            if (value.isTextual()) {
                stringsFor(value.asText()).forEach((what, string) -> add.accept(new BadInput(field + " = " + what,
                        type, bytes(withHole(valid, path, quote(string))), field, string)));
                add.accept(text(field + " = a lone surrogate", type, withHole(valid, path, "\"\\ud800电梯\"")));
            }
        }
        return corpus;
    }

    /** The strings every text field is tried with, and those that only a field of its kind is. */
    private static Map<String, String> stringsFor(String example) {
        Map<String, String> strings = new LinkedHashMap<>(STRINGS);
        if (DATE_TIME.matcher(example).matches()) {
            strings.putAll(DATE_TIMES);
        } else if (DATE.matcher(example).matches()) {
            strings.putAll(DATES);
        } else if (TIME.matcher(example).matches()) {
            strings.putAll(TIMES);
        } else if (DURATION.matcher(example).matches()) {
            strings.putAll(DURATIONS);
        } else if (UUID_TEXT.matcher(example).matches()) {
            strings.put("an id of nothing", UUID.randomUUID().toString());
            strings.put("the nil id", "00000000-0000-0000-0000-000000000000");
        } else if (ENUM_CONSTANT.matcher(example).matches()) {
            strings.put("no such constant", "NO_SUCH_VALUE");
            strings.put("lower case", example.toLowerCase());
        }
        return strings;
    }

    /** Paths (field names and array indexes) to every leaf; of an array only its first element is broken. */
    private static void leaves(JsonNode node, List<Object> path, List<List<Object>> leaves) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            if (!fields.hasNext() && !path.isEmpty()) {
                leaves.add(List.copyOf(path));
            }
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                path.add(field.getKey());
                leaves(field.getValue(), path, leaves);
                path.remove(path.size() - 1);
            }
        } else if (node.isArray() && !node.isEmpty()) {
            leaves.add(List.copyOf(path));
            path.add(0);
            leaves(node.get(0), path, leaves);
            path.remove(path.size() - 1);
        } else if (!path.isEmpty()) {
            leaves.add(List.copyOf(path));
        }
    }

    private static String name(List<Object> path) {
        StringBuilder name = new StringBuilder();
        for (Object step : path) {
            name.append(step instanceof Integer index ? "[" + index + "]" : (name.isEmpty() ? "" : ".") + step);
        }
        return name.toString();
    }

    private static JsonNode at(JsonNode node, List<Object> path) {
        for (Object step : path) {
            node = step instanceof Integer index ? node.get(index) : node.get((String) step);
        }
        return node;
    }

    /** The body with the value at {@code path} replaced by {@code json}, any JSON text (even invalid). */
    private static String withHole(JsonNode valid, List<Object> path, String json) {
        JsonNode copy = valid.deepCopy();
        JsonNode parent = at(copy, path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        TextNode hole = TextNode.valueOf(HOLE.substring(1, HOLE.length() - 1));
        if (last instanceof Integer index) {
            ((ArrayNode) parent).set(index, hole);
        } else {
            ((ObjectNode) parent).set((String) last, hole);
        }
        return write(copy).replace(HOLE, json);
    }

    private static String without(JsonNode valid, List<Object> path) {
        JsonNode copy = valid.deepCopy();
        ((ObjectNode) at(copy, path.subList(0, path.size() - 1))).remove((String) path.get(path.size() - 1));
        return write(copy);
    }

    private static JsonNode readJson(String example) {
        try {
            return JSON.readTree(example);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the example body is not JSON: " + example, e);
        }
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String quote(String string) {
        return write(TextNode.valueOf(string));
    }

    // ---- forms

    private static List<BadInput> form(String type, String example) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : example.split("&")) {
            String[] parts = pair.split("=", 2);
            fields.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length < 2 ? "" : URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        List<BadInput> corpus = new ArrayList<>();
        corpus.add(text("empty body", type, ""));
        corpus.add(text("broken escapes", type, "%%%=%zz&=&&="));
        corpus.add(text("5 MB body", type, example + "&description=" + "x".repeat(FIVE_MB)));
        corpus.add(text("as JSON", "application/json", "{\"service_code\": \"001\"}"));
        for (String field : fields.keySet()) {
            Map<String, String> missing = new LinkedHashMap<>(fields);
            missing.remove(field);
            corpus.add(text(field + " missing", type, encode(missing)));
            corpus.add(text(field + " twice", type, example + "&" + field + "=" + encode("又一个")));
            for (Map.Entry<String, String> string : stringsFor(fields.get(field)).entrySet()) {
                Map<String, String> changed = new LinkedHashMap<>(fields);
                changed.put(field, string.getValue());
                corpus.add(new BadInput(field + " = " + string.getKey(), type, bytes(encode(changed)), field,
                        string.getValue()));
            }
            for (String escape : List.of("%C3%28", "%FF%FE", "%ED%A0%80", "%00")) {
                Map<String, String> others = new LinkedHashMap<>(fields);
                others.remove(field);
                corpus.add(text(field + " = " + escape, type,
                        encode(others) + (others.isEmpty() ? "" : "&") + field + "=" + escape));
            }
        }
        return corpus;
    }

    private static String encode(Map<String, String> fields) {
        List<String> pairs = new ArrayList<>();
        fields.forEach((name, value) -> pairs.add(encode(name) + "=" + encode(value)));
        return String.join("&", pairs);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    // ---- CSV

    private static List<BadInput> csv(String type, String example) {
        List<String> lines = example.lines().toList();
        if (lines.size() < 2) {
            throw new IllegalArgumentException("a CSV example needs a header and a row: " + example);
        }
        String header = lines.get(0);
        List<String> row = List.of(lines.get(1).split(",", -1));
        List<BadInput> corpus = new ArrayList<>();
        corpus.add(text("empty body", type, ""));
        corpus.add(text("header only", type, header + "\n"));
        corpus.add(text("rows only", type, String.join("\n", lines.subList(1, lines.size())) + "\n"));
        corpus.add(text("another header", type, "a;b;c\n1;2;3\n"));
        corpus.add(text("unbalanced quote", type, header + "\n\"" + lines.get(1) + "\n"));
        corpus.add(text("a row with a cell too many", type, header + "\n" + lines.get(1) + ",多余\n"));
        corpus.add(text("a row with a cell too few", type,
                header + "\n" + String.join(",", row.subList(0, row.size() - 1)) + "\n"));
        corpus.add(text("CR line ends", type, example.replace("\n", "\r")));
        corpus.add(text("5 MB of rows", type, header + "\n" + (lines.get(1) + "\n").repeat(FIVE_MB / lines.get(1).length())));
        corpus.add(BadInput.whole("binary garbage", type, new byte[] {0, 1, 2, (byte) 0xFF, (byte) 0xD8, 10, 0}));
        NOT_UTF_8.forEach((what, bytes) -> corpus.add(BadInput.whole("first cell not UTF-8: " + what, type,
                concat(header + "\n" + "电梯", bytes, lines.get(1).substring(lines.get(1).indexOf(',')) + "\n"))));
        String[] columns = header.split(",", -1);
        for (int cell = 0; cell < row.size(); cell++) {
            String column = cell < columns.length ? columns[cell] : "column " + (cell + 1);
            Map<String, String> strings = new LinkedHashMap<>(stringsFor(row.get(cell)));
            strings.put("a formula", "=HYPERLINK(\"http://evil.example\")");
            for (Map.Entry<String, String> string : strings.entrySet()) {
                List<String> changed = new ArrayList<>(row);
                changed.set(cell, quoteCsv(string.getValue()));
                corpus.add(new BadInput(column + " = " + string.getKey(), type,
                        bytes(header + "\n" + String.join(",", changed) + "\n"), column, string.getValue()));
            }
        }
        return corpus;
    }

    private static String quoteCsv(String cell) {
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }

    // ---- values

    private static Map<String, String> strings() {
        Map<String, String> strings = new LinkedHashMap<>();
        strings.put("empty", "");
        strings.put("blank", "   ");
        strings.put("SQL injection", "' OR '1'='1'; DROP TABLE ticket; --");
        strings.put("script injection", "<script>alert('12345')</script>");
        strings.put("NUL inside", "电梯\u0000坏了");
        strings.put("control characters", "\u0001\u0007\b\u001b[31m\r\n\t\u007f\u0085");
        strings.put("bidi override and zero widths", "\u202e\u200b\u200d\ufeff电梯");
        strings.put("emoji", "🚒🏚️👵🏻‍🦳🧑‍🤝‍🧑");
        strings.put("rare CJK", "𠀀𪚥𰻞𱍐㐀");
        strings.put("100000 characters", "长".repeat(100_000));
        return strings;
    }

    private static Map<String, String> jsonValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("null", "null");
        values.put("true", "true");
        values.put("-1", "-1");
        values.put("3.5", "3.5");
        values.put("above long", "9223372036854775808");
        values.put("1e309", "1e309");
        values.put("an empty array", "[]");
        values.put("an object", "{\"a\":1}");
        values.put("a string", "\"数字\"");
        return values;
    }

    private static BadInput text(String name, String type, String body) {
        return BadInput.whole(name, type, bytes(body));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(String before, byte[] middle, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bytes(before));
        out.writeBytes(middle);
        out.writeBytes(bytes(after));
        return out.toByteArray();
    }
}
