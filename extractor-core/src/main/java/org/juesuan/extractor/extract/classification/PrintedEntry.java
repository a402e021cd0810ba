package org.juesuan.extractor.extract.classification;

/** One 项 entry of a line: its printed classification, where the entry runs and where its figures begin. */
record PrintedEntry(PrintedClassification printed, int start, int bodyStart, int end) {

    PrintedEntry extendedTo(int newEnd) {
        return new PrintedEntry(printed, start, bodyStart, newEnd);
    }
}
