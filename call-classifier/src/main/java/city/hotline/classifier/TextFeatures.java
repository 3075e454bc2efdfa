package city.hotline.classifier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Turns a call's text into the names of its features: the words Lucene's smartcn segmenter finds
 * ({@code w:}), pairs of neighbouring words ({@code ww:}), character bigrams ({@code c:}) and single
 * Chinese characters ({@code u:}). Words carry the meaning; characters and their bigrams survive
 * what the segmenter gets wrong: typos, homophones typed by a hurried operator, words missing from
 * its dictionary.
 *
 * <p>The text is normalised first: full-width letters and digits become ASCII (NFKC), Latin is
 * lower-cased, and a number becomes {@code 0}, except the emergency numbers 110, 119, 120 and 122,
 * which say something on their own; so "3号楼" and "12号楼" are the same feature.
 *
 * <p>Punctuation is no word. Thread-safe: the analyzer keeps one token stream per thread.
 */
public final class TextFeatures {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern EMERGENCY_NUMBER = Pattern.compile("110|119|120|122");
    /** Everything that is neither a letter nor a digit: punctuation, spaces, emoji. */
    private static final Pattern NOT_A_WORD_CHARACTER = Pattern.compile("[^\\p{L}\\p{Nd}]+");

    private static final String WORD = "w:";
    private static final String WORD_PAIR = "ww:";
    private static final String CHARACTER = "u:";
    private static final String BIGRAM = "c:";

    private final Analyzer analyzer = new SmartChineseAnalyzer(false);

    /** The text as the features see it. */
    public static String normalise(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase();
        return NUMBER.matcher(folded).replaceAll(number -> EMERGENCY_NUMBER.matcher(number.group()).matches()
                ? number.group() : "0");
    }

    /** The distinct feature names of a text, in the order first found. */
    public Set<String> of(String text) {
        String normalised = normalise(text);
        Set<String> features = new LinkedHashSet<>();
        List<String> words = words(normalised);
        for (int i = 0; i < words.size(); i++) {
            features.add(WORD + words.get(i));
            if (i > 0) {
                features.add(WORD_PAIR + words.get(i - 1) + "_" + words.get(i));
            }
        }
        String letters = NOT_A_WORD_CHARACTER.matcher(normalised).replaceAll(" ");
        for (int i = 0; i < letters.length(); i++) {
            char first = letters.charAt(i);
            if (isHan(first)) {
                features.add(CHARACTER + first);
            }
            char second = i + 1 < letters.length() ? letters.charAt(i + 1) : ' ';
            if (first != ' ' && second != ' ' && (isHan(first) || isHan(second))) {
                features.add(BIGRAM + first + second);
            }
        }
        return features;
    }

    /**
     * The features that say how the caller speaks rather than what about: all but single
     * characters. Single characters (药, 菜, 暖, 电) help tell a call's topic, however the segmenter
     * split the words around them, but drown the few words that tell a complaint from a request.
     */
    public static Set<String> phrasing(Set<String> features) {
        Set<String> phrasing = new LinkedHashSet<>(features);
        phrasing.removeIf(feature -> feature.startsWith(CHARACTER));
        return phrasing;
    }

    private List<String> words(String normalised) {
        List<String> words = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream("text", normalised)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                String word = term.toString();
                if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                    words.add(word);
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return words;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
