package org.juesuan.extractor.extract.table;

import org.juesuan.extractor.extract.classification.ClassificationTable;
import org.juesuan.extractor.model.Block;
import org.juesuan.extractor.model.Fact;
import org.juesuan.extractor.model.ParagraphBlock;
import org.juesuan.extractor.model.Section;
import org.juesuan.extractor.model.StatementTable;
import org.juesuan.extractor.model.TableBlock;
import org.juesuan.extractor.model.TableCell;
import org.juesuan.extractor.model.TableRow;
import org.juesuan.extractor.segment.SectionKind;
import org.juesuan.extractor.segment.StatementKind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the standard 决算表 of a report and reads them (see {@link StatementTableReader}). A table is the table
 * blocks of a {@code STATEMENT} section (the segmenter found its title; a table continued over pages is all its
 * blocks), or a table block that carries its title in its first rows, as a spreadsheet 附表 does, or follows a
 * title paragraph of its own outside the report's sections (a Word file of 附表 alone). The unit is the
 * section's or the table's own {@code 单位：万元}. A section that says its table has no data (本表无数据) is a
 * declared-empty table: recorded, with no facts.
 */
public final class StatementTables {
    public record Extraction(List<StatementTable> tables, List<Fact> facts) {
    }

    private static final Pattern UNIT = Pattern.compile("单位\\s*[：:]\\s*(万元|亿元|元)");
    private static final Pattern DECLARED_EMPTY = Pattern.compile("无数据|本表为空");
    private static final int TITLE_ROWS = 3;

    private final StatementTableReader reader = new StatementTableReader(ClassificationTable.standard());

    public Extraction extract(String text, List<Block> blocks, List<Section> sections) {
        List<StatementTable> tables = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        Set<TableBlock> claimed = new HashSet<>();
        List<Object> found = new ArrayList<>();
        for (Section section : statementSections(sections)) {
            List<TableBlock> own = blocks.stream().filter(b -> b instanceof TableBlock)
                    .map(TableBlock.class::cast)
                    .filter(t -> t.start() >= section.start() && t.start() < section.end()).toList();
            String words = paragraphText(text, blocks, section);
            boolean empty = DECLARED_EMPTY.matcher(words).find();
            String unit = unitOf(words).orElse(own.isEmpty() ? null : unitIn(own.get(0)));
            if (own.isEmpty() && empty) {
                found.add(new StatementTable(section.tableKind(), section.title(), unit, true, section.id(),
                        section.start(), section.end(), List.of(), List.of(), List.of()));
            } else if (!own.isEmpty()) {
                claimed.addAll(own);
                found.add(new TableCandidate(StatementKind.ofId(section.tableKind()), section.title(), unit, empty, section.id(), own));
            }
        }
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof TableBlock table && !claimed.contains(table)) {
                Optional<TableCandidate> titled = titledInside(table, sections);
                if (titled.isEmpty()) {
                    titled = titledBefore(text, blocks, i, sections);
                }
                if (titled.isPresent()) {
                    List<TableBlock> continued = continuation(blocks, i, sections);
                    claimed.addAll(continued);
                    TableCandidate t = titled.get();
                    List<TableBlock> all = new ArrayList<>(t.blocks());
                    all.addAll(continued);
                    found.add(new TableCandidate(t.kind(), t.title(), t.unit(), t.declaredEmpty(), t.section(), all));
                }
            }
        }
        found.sort((a, b) -> Integer.compare(startOf(a), startOf(b)));
        for (Object item : found) {
            if (item instanceof StatementTable declared) {
                tables.add(declared);
            } else {
                StatementTableReader.Result result = reader.read((TableCandidate) item, tables.size(), text);
                tables.add(result.table());
                facts.addAll(result.facts());
            }
        }
        return new Extraction(tables, facts);
    }

    private static int startOf(Object item) {
        return item instanceof StatementTable t ? t.start() : ((TableCandidate) item).blocks().get(0).start();
    }

    private static List<Section> statementSections(List<Section> sections) {
        List<Section> out = new ArrayList<>();
        for (Section section : sections) {
            if (SectionKind.STATEMENT.name().equals(section.kind()) && section.tableKind() != null) {
                out.add(section);
            }
            out.addAll(statementSections(section.children()));
        }
        return out;
    }

    /** The text of the section's paragraphs (its title, unit line and notes), without its tables. */
    private static String paragraphText(String text, List<Block> blocks, Section section) {
        StringBuilder own = new StringBuilder(section.title());
        for (Block block : blocks) {
            if (block instanceof ParagraphBlock && block.start() >= section.start() && block.start() < section.end()) {
                own.append('\n').append(text, block.start(), block.end());
            }
        }
        return own.toString();
    }

    private static Optional<String> unitOf(String text) {
        Matcher unit = UNIT.matcher(text);
        return unit.find() ? Optional.of(unit.group(1)) : Optional.empty();
    }

    private static String unitIn(TableBlock table) {
        for (TableRow row : table.rows().subList(0, Math.min(TITLE_ROWS, table.rows().size()))) {
            for (TableCell cell : row.cells()) {
                Optional<String> unit = unitOf(cell.text());
                if (unit.isPresent()) {
                    return unit.get();
                }
            }
        }
        return null;
    }

    /** A table whose first rows hold a standard title in a row of its own (a spreadsheet 附表). */
    private static Optional<TableCandidate> titledInside(TableBlock table, List<Section> sections) {
        for (TableRow row : table.rows().subList(0, Math.min(TITLE_ROWS, table.rows().size()))) {
            List<String> texts = row.cells().stream().map(TableCell::text).filter(t -> !t.isBlank()).toList();
            if (texts.size() != 1) {
                continue;
            }
            Optional<StatementKind> kind = StatementKind.ofTitleLine(texts.get(0));
            if (kind.isPresent()) {
                String title = UNIT.matcher(texts.get(0)).replaceFirst("").strip();
                return Optional.of(new TableCandidate(kind.get(), title, unitIn(table), false,
                        innermost(sections, table.start()), List.of(table)));
            }
        }
        return Optional.empty();
    }

    /**
     * The tables right after a titled one that continue it on the following pages: next in the document with
     * nothing between, each on the page after the one before, as wide, and without a title of its own.
     */
    private static List<TableBlock> continuation(List<Block> blocks, int index, List<Section> sections) {
        List<TableBlock> continued = new ArrayList<>();
        TableBlock previous = (TableBlock) blocks.get(index);
        for (int k = index + 1; k < blocks.size() && blocks.get(k) instanceof TableBlock next; k++) {
            if (previous.page() == null || next.page() == null || next.page() != previous.page() + 1
                    || width(next) != width(previous) || titledInside(next, sections).isPresent()) {
                break;
            }
            continued.add(next);
            previous = next;
        }
        return continued;
    }

    private static int width(TableBlock table) {
        return table.rows().stream().mapToInt(r -> r.cells().stream()
                .mapToInt(c -> c.colSpan() == null ? 1 : c.colSpan()).sum()).max().orElse(0);
    }

    /**
     * A table after a title paragraph the segmenter did not take for a section (a Word file of 附表 alone): the
     * nearest paragraphs before it, back to the previous table, with its unit line among them.
     */
    private static Optional<TableCandidate> titledBefore(String text, List<Block> blocks, int index,
                                                         List<Section> sections) {
        String unit = null;
        for (int k = index - 1; k >= Math.max(0, index - TITLE_ROWS); k--) {
            if (!(blocks.get(k) instanceof ParagraphBlock paragraph)) {
                break;
            }
            String line = text.substring(paragraph.start(), paragraph.end());
            if (unit == null) {
                unit = unitOf(line).orElse(null);
            }
            Optional<StatementKind> kind = StatementKind.ofTitleLine(line);
            if (kind.isPresent()) {
                TableBlock table = (TableBlock) blocks.get(index);
                return Optional.of(new TableCandidate(kind.get(), UNIT.matcher(line).replaceFirst("").strip(),
                        unit != null ? unit : unitIn(table), false, innermost(sections, paragraph.start()),
                        List.of(table)));
            }
        }
        return Optional.empty();
    }

    private static String innermost(List<Section> sections, int offset) {
        for (Section section : sections) {
            if (section.start() <= offset && offset < section.end()) {
                String inner = innermost(section.children(), offset);
                return inner != null ? inner : section.id();
            }
        }
        return null;
    }
}
