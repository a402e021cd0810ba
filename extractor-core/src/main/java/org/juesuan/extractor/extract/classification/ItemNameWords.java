package org.juesuan.extractor.extract.classification;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A printed 项 name that is no name of the classification (事业单位离退休人员支出), matched to a 项 of its 款 by
 * the words HanLP segments both names into: the 项 whose words overlap the printed name's most (Dice
 * coefficient), when that overlap is substantial, no other 项 of the 款 comes as close, and the printed name says
 * nothing the 项's name does not (beyond generic words such as 人员). A tie, a weak best, or a printed name with
 * words of its own (未归口管理的行政单位离退休 is not 行政单位离退休; 机关事业单位退休人员活动费支出 fits no 项) gives
 * nothing: a code is never guessed. HanLP's segmenter (core dictionary and bigrams in its portable jar, a
 * few seconds to load) is loaded on the first printed name that needs it.
 */
final class ItemNameWords {
    /** Words that every other 项 name has and that say nothing about which one is meant. */
    private static final Set<String> UNINFORMATIVE = Set.of("支出", "其他", "的", "对", "和", "及", "与", "费", "经费");
    /** Words a printed name may add to the 项's name without meaning another 项 (事业单位离退休人员支出). */
    private static final Set<String> GENERIC = Set.of("人员", "费用", "资金", "项目", "专项", "工作", "方面", "相关");
    /** The least Dice coefficient of a match, and the least number of shared words. */
    private static final double MIN_DICE = 0.6;
    private static final int MIN_SHARED = 2;

    private ItemNameWords() {
    }

    /** The one 项 among {@code items} the printed name means, by its words; empty when none or several could be. */
    static Optional<ClassificationEntry> match(String printedName, List<ClassificationEntry> items) {
        Set<String> printed = words(printedName);
        if (printed.size() < MIN_SHARED) {
            return Optional.empty();
        }
        ClassificationEntry best = null;
        Set<String> bestWords = Set.of();
        double bestScore = 0;
        double secondScore = 0;
        for (ClassificationEntry item : items) {
            double score = 0;
            Set<String> itemWords = Set.of();
            for (String name : names(item)) {
                Set<String> nameWords = words(name);
                double nameScore = dice(printed, nameWords);
                if (nameScore > score) {
                    score = nameScore;
                    itemWords = nameWords;
                }
            }
            if (score > bestScore) {
                secondScore = bestScore;
                bestScore = score;
                best = item;
                bestWords = itemWords;
            } else if (score > secondScore) {
                secondScore = score;
            }
        }
        Set<String> own = new LinkedHashSet<>(printed);
        own.removeAll(bestWords);
        own.removeAll(GENERIC);
        return best != null && bestScore >= MIN_DICE && bestScore > secondScore && own.isEmpty()
                ? Optional.of(best) : Optional.empty();
    }

    private static List<String> names(ClassificationEntry item) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(item.name()), item.formerNames().stream()).toList();
    }

    private static double dice(Set<String> a, Set<String> b) {
        long shared = a.stream().filter(b::contains).count();
        return shared < MIN_SHARED ? 0 : 2.0 * shared / (a.size() + b.size());
    }

    static Set<String> words(String name) {
        Set<String> words = new LinkedHashSet<>();
        for (Term term : Segmenter.INSTANCE.seg(ClassificationNames.key(name))) {
            String word = term.word.strip();
            if (!word.isEmpty() && !UNINFORMATIVE.contains(word) && word.codePoints().allMatch(Character::isLetter)) {
                words.add(word);
            }
        }
        return words;
    }

    /** HanLP's standard segmenter without the large custom dictionary, made on first use. */
    private static final class Segmenter {
        static final Segment INSTANCE = HanLP.newSegment().enableCustomDictionary(false);
    }
}
