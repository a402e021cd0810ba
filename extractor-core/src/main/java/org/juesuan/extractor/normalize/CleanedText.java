package org.juesuan.extractor.normalize;

/**
 * Text after cleaning, with {@code originalIndex[i]} the index in the original string of cleaned character
 * {@code i} (and {@code originalIndex[length]} the original length, so an end offset maps too).
 */
record CleanedText(String text, int[] originalIndex) {
}
