package org.juesuan.extractor.normalize;

import com.hankcs.hanlp.HanLP;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;

/**
 * Traditional characters to simplified ones, one for one: the result has exactly the length of the input and
 * character {@code i} of the result stands for character {@code i} of the input, so every offset stays valid.
 * <p>
 * HanLP's converter works on phrases (longest match in its {@code t2s} dictionary), and a few of its entries
 * change the length ({@code 筆記簿型電腦} → {@code 笔记本电脑}, characters outside the BMP). Each run of
 * characters between punctuation, digits and spaces is converted as a whole when that keeps its length and
 * stays in the BMP; otherwise character by character, keeping a character whose conversion would not be one
 * BMP character. Only a run holding a traditional character (one the dictionary maps to another on its own)
 * is converted: simplified text is returned as it is, without loading HanLP (about two seconds the first
 * time), and the dictionary's regional vocabulary ({@code 士多啤梨} → {@code 草莓}) never touches it.
 */
public final class SimplifiedChinese {
    private static final String DICTIONARY = "/data/dictionary/tc/t2s.txt";
    /** The characters HanLP's dictionary maps, on their own, to another character. */
    private static final BitSet TRADITIONAL = traditionalCharacters();

    private SimplifiedChinese() {
    }

    public static String of(String text) {
        if (!hasTraditional(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (!isRunChar(text.charAt(i))) {
                out.append(text.charAt(i++));
                continue;
            }
            int end = i;
            while (end < text.length() && isRunChar(text.charAt(end))) {
                end++;
            }
            String run = text.substring(i, end);
            out.append(hasTraditional(run) ? convertRun(run) : run);
            i = end;
        }
        return out.toString();
    }

    /** Whether {@code text} holds a traditional character, so that {@link #of} changes it. */
    public static boolean hasTraditional(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (TRADITIONAL.get(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String convertRun(String run) {
        String converted = HanLP.convertToSimplifiedChinese(run);
        if (converted.length() == run.length() && bmpOnly(converted) && bmpOnly(run)) {
            return converted;
        }
        StringBuilder out = new StringBuilder(run.length());
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            String one = Character.isSurrogate(c) ? String.valueOf(c) : HanLP.convertToSimplifiedChinese(String.valueOf(c));
            out.append(one.length() == 1 && !Character.isSurrogate(one.charAt(0)) ? one.charAt(0) : c);
        }
        return out.toString();
    }

    /** Dictionary entries never span spaces, digits or ASCII; converting between them changes nothing. */
    private static boolean isRunChar(char c) {
        return c > 0x7F && c != '\u3000';
    }

    private static boolean bmpOnly(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static BitSet traditionalCharacters() {
        BitSet traditional = new BitSet(1 << 16);
        try (InputStream in = HanLP.class.getResourceAsStream(DICTIONARY)) {
            if (in == null) {
                throw new IllegalStateException("HanLP's " + DICTIONARY + " is not on the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                int eq = line.indexOf('=');
                if (eq == 1 && !Character.isSurrogate(line.charAt(0)) && !line.substring(eq + 1).equals(line.substring(0, 1))) {
                    traditional.set(line.charAt(0));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return traditional;
    }
}
