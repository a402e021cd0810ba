package org.juesuan.extractor.extract.figure;

import java.util.List;

/**
 * What {@link FigureRecognizer} found in a piece of text: every figure in text order (those inside a comparison
 * with their comparison role and sign) and the comparisons themselves.
 */
public record Recognition(List<Figure> figures, List<ChangeStatement> changes) {

    public Recognition {
        figures = List.copyOf(figures);
        changes = List.copyOf(changes);
    }

    public List<Figure> figures(FigureKind kind) {
        return figures.stream().filter(f -> f.kind() == kind).toList();
    }

    public List<Figure> figures(FigureRole role) {
        return figures.stream().filter(f -> f.role() == role).toList();
    }
}
