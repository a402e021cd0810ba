package org.juesuan.extractor.extract.classification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The 政府收支分类科目 table (resource {@value #RESOURCE}): names of codes, parent chains and lookups by printed
 * names. Name matching ignores spaces, full-/half-width parentheses, （类）/（款）/（项） markers and a class
 * name's trailing 支出, and accepts former names; as a last resort a printed name of at least
 * {@value #MIN_PREFIX} characters that starts exactly one name under the same parent matches it
 * (a report's 政府办公厅（室）及相关机构 is 政府办公厅（室）及相关机构事务). Immutable and thread-safe.
 */
public final class ClassificationTable {
    public static final String RESOURCE = "/org/juesuan/extractor/classification/expenditure-classification.tsv";
    static final int MIN_PREFIX = 6;

    private final Map<String, ClassificationEntry> byCode;
    private final Map<String, List<ClassificationEntry>> children;

    private ClassificationTable(List<ClassificationEntry> entries) {
        Map<String, ClassificationEntry> codes = new LinkedHashMap<>();
        Map<String, List<ClassificationEntry>> kids = new LinkedHashMap<>();
        for (ClassificationEntry entry : entries) {
            if (codes.putIfAbsent(entry.code(), entry) != null) {
                throw new IllegalStateException("code " + entry.code() + " listed twice");
            }
            String parent = entry.parentCode() == null ? "" : entry.parentCode();
            if (!parent.isEmpty() && !codes.containsKey(parent)) {
                throw new IllegalStateException("code " + entry.code() + " listed before (or without) its parent");
            }
            kids.computeIfAbsent(parent, p -> new ArrayList<>()).add(entry);
        }
        this.byCode = Map.copyOf(codes);
        Map<String, List<ClassificationEntry>> frozen = new LinkedHashMap<>();
        kids.forEach((parent, list) -> frozen.put(parent, List.copyOf(list)));
        this.children = Map.copyOf(frozen);
    }

    /** The table shipped with the library, loaded once. */
    public static ClassificationTable standard() {
        return Standard.TABLE;
    }

    private static final class Standard {
        static final ClassificationTable TABLE = load();

        private static ClassificationTable load() {
            try (InputStream in = ClassificationTable.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is not on the classpath");
                }
                return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Parses the TSV format of {@value #RESOURCE}: # comments, a header line, then one code per line. */
    static ClassificationTable parse(List<String> lines) {
        List<ClassificationEntry> entries = new ArrayList<>();
        boolean header = true;
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 7) {
                throw new IllegalStateException("expected 7 tab-separated columns: " + line);
            }
            List<String> former = f[4].isEmpty() ? List.of() : Arrays.asList(f[4].split("\\|"));
            entries.add(new ClassificationEntry(f[0], f[1], ClassificationLevel.ofLabel(f[2]),
                    ClassificationSystem.valueOf(f[3].toUpperCase()), former, "corpus".equals(f[5]), f[6]));
        }
        return new ClassificationTable(entries);
    }

    public List<ClassificationEntry> entries() {
        return byCode.values().stream().sorted((a, b) -> a.code().compareTo(b.code())).toList();
    }

    public Optional<ClassificationEntry> byCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    public Optional<String> nameOf(String code) {
        return byCode(code).map(ClassificationEntry::name);
    }

    /** The entries from the 类 down to {@code code} itself; empty when the code is unknown. */
    public List<ClassificationEntry> parentChain(String code) {
        List<ClassificationEntry> chain = new ArrayList<>();
        for (ClassificationEntry e = byCode.get(code); e != null; e = e.parentCode() == null ? null : byCode.get(e.parentCode())) {
            chain.add(0, e);
        }
        return List.copyOf(chain);
    }

    public List<ClassificationEntry> children(String code) {
        return children.getOrDefault(code, List.of());
    }

    /** A 类 of the functional classification by its printed name (一般公共服务, 一般公共服务支出, 一般公共服务（类）). */
    public Optional<ClassificationEntry> findClass(String printedName) {
        return match(children("").stream().filter(e -> e.system() == ClassificationSystem.FUNCTIONAL).toList(),
                printedName, ClassificationLevel.CLASS);
    }

    /** A 款 of the given 类 by its printed name. */
    public Optional<ClassificationEntry> findSection(String classCode, String printedName) {
        return match(children(classCode), printedName, ClassificationLevel.SECTION);
    }

    /** A 项 of the given 款 by its printed name. */
    public Optional<ClassificationEntry> findItem(String sectionCode, String printedName) {
        return match(children(sectionCode), printedName, ClassificationLevel.ITEM);
    }

    /** The 项 named by a printed (类, 款, 项) triple, each name matched under the one before. */
    public Optional<ClassificationEntry> lookup(String className, String sectionName, String itemName) {
        return findClass(className)
                .flatMap(c -> findSection(c.code(), sectionName))
                .flatMap(s -> findItem(s.code(), itemName));
    }

    /**
     * The one 项 of a 类 whose name or former name is exactly {@code printedName}, when the 款 printed with it
     * cannot be found; empty when no 项 or several 项 of the class have that name (行政运行 is in every 款).
     */
    public Optional<ClassificationEntry> findItemInClass(String classCode, String printedName) {
        String key = ClassificationNames.key(printedName);
        List<ClassificationEntry> items = children(classCode).stream()
                .flatMap(section -> children(section.code()).stream())
                .filter(hasKey(key, ClassificationLevel.ITEM))
                .toList();
        return items.size() == 1 ? Optional.of(items.get(0)) : Optional.empty();
    }

    /** A 款 of the economic classification (基本工资, 办公费, 公务用车购置…) by its name. */
    public Optional<ClassificationEntry> findEconomic(String printedName) {
        List<ClassificationEntry> sections = children("").stream()
                .filter(e -> e.system() == ClassificationSystem.ECONOMIC)
                .flatMap(c -> children(c.code()).stream())
                .toList();
        String key = ClassificationNames.key(printedName);
        List<ClassificationEntry> exact = sections.stream().filter(hasKey(key, ClassificationLevel.SECTION)).toList();
        return exact.size() == 1 ? Optional.of(exact.get(0)) : Optional.empty();
    }

    private static Optional<ClassificationEntry> match(List<ClassificationEntry> candidates, String printedName,
                                                       ClassificationLevel level) {
        if (printedName == null || printedName.isBlank()) {
            return Optional.empty();
        }
        String key = ClassificationNames.key(printedName, level);
        List<ClassificationEntry> exact = candidates.stream()
                .filter(e -> ClassificationNames.key(e.name(), level).equals(key)).toList();
        if (exact.size() == 1) {
            return Optional.of(exact.get(0));
        }
        List<ClassificationEntry> former = candidates.stream().filter(hasKey(key, level)).toList();
        if (former.size() == 1) {
            return Optional.of(former.get(0));
        }
        if (key.length() >= MIN_PREFIX) {
            List<ClassificationEntry> prefixed = candidates.stream()
                    .filter(e -> ClassificationNames.key(e.name(), level).startsWith(key)).toList();
            if (prefixed.size() == 1) {
                return Optional.of(prefixed.get(0));
            }
        }
        return Optional.empty();
    }

    private static Predicate<ClassificationEntry> hasKey(String key, ClassificationLevel level) {
        return e -> ClassificationNames.key(e.name(), level).equals(key)
                || e.formerNames().stream().anyMatch(n -> ClassificationNames.key(n, level).equals(key));
    }
}
