package org.juesuan.extractor.segment;

import org.juesuan.extractor.model.Block;
import org.juesuan.extractor.model.ReportInfo;
import org.juesuan.extractor.model.TableBlock;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the text states the identity {@link ReportIdentity} found, as offsets into the normalized text: the
 * department's name, the fiscal year ({@code 2021年度} / {@code 2024 年度}), the kind. Each is the first statement
 * outside a table, or else the first one: a web page's metadata table ({@code 发布机构 某某市水务局}) may name the
 * department before the title does. Empty where the text never states the value (a name taken from the file name).
 */
public record IdentityPlaces(Optional<Place> department, Optional<Place> fiscalYear, Optional<Place> kind) {

    /** Characters {@code [start, end)} of the normalized text. */
    public record Place(int start, int end) {
    }

    static IdentityPlaces of(ReportInfo info, String text, List<Block> blocks) {
        return new IdentityPlaces(
                info.department() == null ? Optional.empty() : first(text, blocks, Pattern.quote(info.department())),
                info.fiscalYear() == null ? Optional.empty() : first(text, blocks, info.fiscalYear() + "\\s*年度?"),
                info.kind() == null ? Optional.empty() : first(text, blocks, Pattern.quote(info.kind())));
    }

    private static Optional<Place> first(String text, List<Block> blocks, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        Place first = null;
        while (m.find()) {
            Place place = new Place(m.start(), m.end());
            if (!inTable(blocks, place.start())) {
                return Optional.of(place);
            }
            if (first == null) {
                first = place;
            }
        }
        return Optional.ofNullable(first);
    }

    private static boolean inTable(List<Block> blocks, int offset) {
        return blocks.stream().anyMatch(b -> b instanceof TableBlock && b.start() <= offset && offset < b.end());
    }
}
