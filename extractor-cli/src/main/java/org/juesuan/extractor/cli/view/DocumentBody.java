package org.juesuan.extractor.cli.view;

import org.juesuan.extractor.model.Block;
import org.juesuan.extractor.model.Fact;
import org.juesuan.extractor.model.ParagraphBlock;
import org.juesuan.extractor.model.ReportDocument;
import org.juesuan.extractor.model.Section;
import org.juesuan.extractor.model.StatementTable;
import org.juesuan.extractor.model.TableBlock;
import org.juesuan.extractor.model.TableCell;
import org.juesuan.extractor.model.TableRow;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The report's normalized text as HTML, block by block: paragraphs split into sentences, tables as tables, every
 * fact an element {@code data-fact="<index into facts>"} around its raw characters, an anchor where each section
 * starts and a caption above each recognized 决算表. Sentences and table rows are the reading units a finding
 * points at ({@code id="u<n>"}). A fact whose offsets fall in no block is listed after the text, still marked once.
 */
final class DocumentBody {
    /** A sentence or table row: its extent in the text and its element id. */
    record Unit(int start, int end, String id) {
    }

    private static final String SENTENCE_ENDS = "。；！？;!?";

    private final ReportDocument report;
    private final String text;
    private final NavigableMap<Integer, List<Integer>> factsByStart = new TreeMap<>();
    private final BitSet placed = new BitSet();
    private final List<Unit> units = new ArrayList<>();
    private final List<Section> sectionsByStart = new ArrayList<>();
    private final Map<Integer, String> unplacedUnits = new HashMap<>();
    private int nextSection;

    DocumentBody(ReportDocument report) {
        this.report = report;
        this.text = report.text() == null ? "" : report.text();
        List<Fact> facts = report.facts();
        for (int i = 0; i < facts.size(); i++) {
            if (facts.get(i).provenance() != null) {
                factsByStart.computeIfAbsent(facts.get(i).provenance().start(), k -> new ArrayList<>()).add(i);
            }
        }
        flatten(report.sections());
        sectionsByStart.sort(Comparator.comparingInt(Section::start));
    }

    private void flatten(List<Section> sections) {
        for (Section section : sections) {
            sectionsByStart.add(section);
            flatten(section.children());
        }
    }

    String render() {
        StringBuilder out = new StringBuilder(text.length() * 3);
        for (Block block : report.blocks()) {
            int headingSections = anchors(out, block.end());
            if (block instanceof ParagraphBlock paragraph) {
                paragraph(out, paragraph, headingSections > 0);
            } else if (block instanceof TableBlock table) {
                table(out, table);
            }
        }
        anchors(out, Integer.MAX_VALUE);
        unplaced(out);
        return out.toString();
    }

    /** The reading unit that holds fact {@code index}: its sentence or table row, or its line after the text. */
    String unitOfFact(int index) {
        String unplaced = unplacedUnits.get(index);
        return unplaced != null ? unplaced : unitAt(report.facts().get(index).provenance().start());
    }

    /** The reading unit (sentence or table row) holding {@code offset}, or null. */
    String unitAt(int offset) {
        int low = 0;
        int high = units.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Unit unit = units.get(mid);
            if (offset < unit.start()) {
                high = mid - 1;
            } else if (offset >= unit.end()) {
                low = mid + 1;
            } else {
                return unit.id();
            }
        }
        return null;
    }

    /** Anchors for the sections starting before {@code end}; returns how many start in the coming block. */
    private int anchors(StringBuilder out, int end) {
        int count = 0;
        while (nextSection < sectionsByStart.size() && sectionsByStart.get(nextSection).start() < end) {
            Section section = sectionsByStart.get(nextSection++);
            out.append("<a class=\"anchor\" id=\"sec-").append(Html.escape(section.id())).append("\"></a>");
            count++;
        }
        return count;
    }

    private void paragraph(StringBuilder out, ParagraphBlock block, boolean heading) {
        List<TextMarkup.Mark> marks = factMarks(block.start(), block.end());
        int sentenceStart = block.start();
        for (int i = block.start(); i < block.end(); i++) {
            boolean last = i == block.end() - 1;
            if (last || (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0 && !insideFact(marks, i + 1))) {
                marks.add(unitMark(sentenceStart, i + 1, "<span class=\"s\" id=\"", "</span>"));
                sentenceStart = i + 1;
            }
        }
        out.append(heading ? "<p class=\"heading\">" : "<p>");
        TextMarkup.render(out, text, block.start(), block.end(), marks);
        out.append("</p>\n");
    }

    private void table(StringBuilder out, TableBlock block) {
        captions(out, block);
        out.append("<div class=\"table-wrap\"><table>\n");
        for (TableRow row : block.rows()) {
            if (row.cells().isEmpty()) {
                continue;
            }
            int start = row.cells().get(0).start();
            int end = Math.max(start + 1, row.cells().get(row.cells().size() - 1).end());
            String id = "u" + units.size();
            units.add(new Unit(start, end, id));
            out.append("<tr id=\"").append(id).append("\">");
            for (TableCell cell : row.cells()) {
                out.append("<td");
                if (cell.colSpan() != null) {
                    out.append(" colspan=\"").append(cell.colSpan()).append('"');
                }
                if (cell.rowSpan() != null) {
                    out.append(" rowspan=\"").append(cell.rowSpan()).append('"');
                }
                out.append('>');
                TextMarkup.render(out, text, cell.start(), cell.end(), factMarks(cell.start(), cell.end()));
                out.append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</table></div>\n");
    }

    /** The recognized 决算表 that start in this table block: kind, title, unit and pages above the grid. */
    private void captions(StringBuilder out, TableBlock block) {
        List<StatementTable> tables = report.tables();
        for (int i = 0; i < tables.size(); i++) {
            StatementTable table = tables.get(i);
            if (table.start() >= block.start() && table.start() < block.end()) {
                out.append("<p class=\"table-caption\" id=\"table-").append(i).append("\"><span class=\"table-kind\">")
                        .append(Html.escape(table.kind())).append("</span> ").append(Html.escape(table.title()));
                if (table.unit() != null) {
                    out.append(" <span class=\"table-unit\">单位：").append(Html.escape(table.unit())).append("</span>");
                }
                if (!table.pages().isEmpty()) {
                    out.append(" <span class=\"table-pages\">第").append(Html.escape(pages(table.pages()))).append("页</span>");
                }
                if (table.declaredEmpty()) {
                    out.append(" <span class=\"table-empty\">本表无数据</span>");
                }
                out.append("</p>\n");
            }
        }
    }

    private static String pages(List<Integer> pages) {
        return pages.size() == 1 ? pages.get(0).toString() : pages.get(0) + "–" + pages.get(pages.size() - 1);
    }

    private TextMarkup.Mark unitMark(int start, int end, String open, String close) {
        String id = "u" + units.size();
        units.add(new Unit(start, end, id));
        return new TextMarkup.Mark(start, end, 0, open + id + "\">", close);
    }

    /** Marks for the facts starting in {@code [from, to)} not yet placed; a fact is placed once, where it starts. */
    private List<TextMarkup.Mark> factMarks(int from, int to) {
        List<TextMarkup.Mark> marks = new ArrayList<>();
        for (List<Integer> indexes : factsByStart.subMap(from, true, to, false).values()) {
            for (int index : indexes) {
                if (!placed.get(index)) {
                    placed.set(index);
                    Fact fact = report.facts().get(index);
                    marks.add(new TextMarkup.Mark(fact.provenance().start(), fact.provenance().end(), 1 + index,
                            open(index, fact), "</mark>"));
                }
            }
        }
        return marks;
    }

    private static boolean insideFact(List<TextMarkup.Mark> marks, int boundary) {
        for (TextMarkup.Mark mark : marks) {
            if (mark.rank() > 0 && mark.start() < boundary && boundary < mark.end()) {
                return true;
            }
        }
        return false;
    }

    static String open(int index, Fact fact) {
        return "<mark class=\"f k-" + FactFormat.kind(fact) + (fact.code() != null ? " coded" : "")
                + "\" data-fact=\"" + index + "\" id=\"f" + index + "\" tabindex=\"0\" title=\""
                + Html.escape(FactFormat.title(fact)) + "\">";
    }

    /** Facts whose offsets fall in no block (none in the corpus): listed with their raw text, marked there. */
    private void unplaced(StringBuilder out) {
        List<Fact> facts = report.facts();
        if (placed.cardinality() == facts.size()) {
            return;
        }
        out.append("<div class=\"unplaced\"><p class=\"heading\">不在正文中的数据 (facts outside the text)</p>\n");
        for (int i = 0; i < facts.size(); i++) {
            if (!placed.get(i)) {
                placed.set(i);
                Fact fact = facts.get(i);
                String id = "x" + i;
                unplacedUnits.put(i, id);
                out.append("<p id=\"").append(id).append("\">").append(open(i, fact))
                        .append(Html.escape(fact.raw())).append("</mark></p>\n");
            }
        }
        out.append("</div>\n");
    }
}
