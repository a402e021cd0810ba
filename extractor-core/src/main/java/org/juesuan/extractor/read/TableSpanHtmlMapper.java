package org.juesuan.extractor.read;

import org.apache.tika.parser.html.DefaultHtmlMapper;

/**
 * Tika's default HTML mapping, but keeping {@code colspan} and {@code rowspan} on table cells, which it drops:
 * without them a header cell merged over three columns stands in the first and shifts every header after it.
 */
final class TableSpanHtmlMapper extends DefaultHtmlMapper {
    @Override
    public String mapSafeAttribute(String elementName, String attributeName) {
        boolean cell = "td".equalsIgnoreCase(elementName) || "th".equalsIgnoreCase(elementName);
        if (cell && ("colspan".equalsIgnoreCase(attributeName) || "rowspan".equalsIgnoreCase(attributeName))) {
            return attributeName.toLowerCase(java.util.Locale.ROOT);
        }
        return super.mapSafeAttribute(elementName, attributeName);
    }
}
