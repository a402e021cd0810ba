package org.juesuan.extractor.extract.figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every money amount, percentage, count and year-over-year comparison in normalized text. Offsets are
 * into the text given, so figures found in a slice of a report's text point straight into the report.
 * Stateless and thread-safe.
 */
public final class FigureRecognizer {

    public Recognition recognize(String text) {
        return recognize(text, 0, text.length());
    }

    public Recognition recognize(String text, int from, int to) {
        List<Figure> measured = new ArrayList<>();
        measured.addAll(Amount.find(text, from, to));
        measured.addAll(Percentage.find(text, from, to));
        Map<Integer, Figure> byStart = new HashMap<>();
        for (Figure figure : measured) {
            byStart.put(figure.start(), FigureRoles.assign(text, figure));
        }
        List<ChangeStatement> changes = ChangeStatements.find(text, from, to, byStart);
        for (ChangeStatement change : changes) {
            if (change.previousValue() != null) {
                byStart.put(change.previousValue().start(), change.previousValue());
            }
            change.changes().forEach(f -> byStart.put(f.start(), f));
            change.changeRates().forEach(f -> byStart.put(f.start(), f));
        }
        List<Figure> figures = new ArrayList<>(byStart.values());
        for (Figure count : Count.find(text, from, to)) {
            if (figures.stream().noneMatch(f -> f.start() < count.end() && count.start() < f.end())) {
                figures.add(count);
            }
        }
        figures.sort(Comparator.comparingInt(Figure::start));
        return new Recognition(figures, changes);
    }
}
