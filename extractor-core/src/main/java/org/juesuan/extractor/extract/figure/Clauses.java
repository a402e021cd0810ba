package org.juesuan.extractor.extract.figure;

/**
 * Where the clauses and sentences of the 情况说明 begin and end: the one definition the figure recognizer and the
 * narrative extractor share. A clause ends at 。；; (and ！？ when looking back for the words before a figure, at a
 * line break when looking ahead for a comparison); a sentence at 。.
 */
public final class Clauses {
    /** What ends the clause a figure's concept words stand in. */
    private static final String CLAUSE_ENDS = "。；;！？";
    /** What ends the words a comparison may run over (ChangeStatements). */
    private static final String COMPARISON_ENDS = "。；;\n";

    private Clauses() {
    }

    /** The start of the clause {@code at} stands in, not before {@code from}. */
    public static int clauseStart(String text, int from, int at) {
        for (int i = at - 1; i >= from; i--) {
            if (CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return from;
    }

    /** The first clause end of a comparison at or after {@code from}, or {@code limit}. */
    public static int comparisonEnd(String text, int from, int limit) {
        for (int i = from; i < limit; i++) {
            if (COMPARISON_ENDS.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return limit;
    }

    /** Just after the {@code count}-th sentence end (。) from {@code from}, or {@code limit}. */
    public static int afterSentences(String text, int from, int limit, int count) {
        int seen = 0;
        for (int i = from; i < limit; i++) {
            if (text.charAt(i) == '。' && ++seen == count) {
                return i + 1;
            }
        }
        return limit;
    }
}
