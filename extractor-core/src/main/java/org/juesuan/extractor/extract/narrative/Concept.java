package org.juesuan.extractor.extract.narrative;

import java.util.regex.Pattern;

/** A thing the 情况说明 reports a figure for, recognized by its words: the facts-contract key it fills. */
record Concept(String key, Pattern words, String label) {
}
