package org.juesuan.extractor.extract;

import org.juesuan.extractor.testing.Extracted;
import org.juesuan.extractor.testing.RepoFiles;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The normalized texts of the corpus reports, and a guard that a sentence a test uses really is in its report
 * (so tests stay on real text when the reader or normalizer changes).
 */
public final class CorpusText {
    public static final String SEED_000 = "000_b5790c93cfb4a072.txt";
    public static final String SEED_001 = "001_ac178a9e9dd67b94.txt";
    public static final String SEED_002 = "002_0e630caa3884551f.txt";
    public static final String SEED_003 = "003_452dfb289bf64cc2.txt";
    public static final String SEED_004 = "004_b2fb7ddb4acb550d.txt";
    public static final String SH_TEMPLATE = "sh-bumen-juesuan-template-2024.pdf";
    public static final String SH_CAIZHENGJU = "sh-putuo-caizhengju-2024.pdf";
    public static final String SH_GUIHUAZIYUAN = "sh-putuo-guihuaziyuan-2024.pdf";
    public static final String SH_SHEHUIGONGZUOBU = "sh-putuo-shehuigongzuobu-2024.pdf";

    private CorpusText() {
    }

    public static String of(String corpusFile) {
        return Extracted.report(RepoFiles.corpus(corpusFile)).text();
    }

    /** {@code sentence}, after checking that the report's normalized text contains it verbatim. */
    public static String in(String corpusFile, String sentence) {
        assertTrue(of(corpusFile).contains(sentence), () -> "not in " + corpusFile + ": «" + sentence + "»");
        return sentence;
    }

    public static String seed000(String sentence) {
        return in(SEED_000, sentence);
    }

    public static String seed001(String sentence) {
        return in(SEED_001, sentence);
    }

    public static String seed002(String sentence) {
        return in(SEED_002, sentence);
    }

    public static String seed003(String sentence) {
        return in(SEED_003, sentence);
    }

    public static String seed004(String sentence) {
        return in(SEED_004, sentence);
    }

    public static String caizhengju(String sentence) {
        return in(SH_CAIZHENGJU, sentence);
    }

    public static String guihuaziyuan(String sentence) {
        return in(SH_GUIHUAZIYUAN, sentence);
    }

    public static String shehuigongzuobu(String sentence) {
        return in(SH_SHEHUIGONGZUOBU, sentence);
    }
}
