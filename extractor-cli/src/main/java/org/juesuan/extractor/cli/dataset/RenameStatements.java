package org.juesuan.extractor.cli.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Statements in a report's text that a unit was renamed: {@code 攀枝花市电子政务办公室（现已更名为攀枝花市党政内网服务中心）},
 * {@code 上海市普陀区社会工作部（原上海市普陀区…）}, {@code 由…更名为…，}. A name is only taken where it can be bounded: the
 * old name of {@code X（更名为Y）} is cut at the region Y starts with (the words before it are the sentence's, not
 * the name's), and the other forms need a region at the start of both names; anything else is left out.
 */
public final class RenameStatements {
    /** A renaming: the name before and the name after, both as printed. */
    public record Rename(String oldName, String newName) {
    }

    private static final String NAME = "[\\p{IsHan}]{2,40}";
    private static final Pattern RENAMED_TO = Pattern.compile(
            "(" + NAME + ")[（(](?:现已|现|已|后)?更名为(" + NAME + ")[）)]");
    private static final Pattern FORMERLY = Pattern.compile("(" + NAME + ")[（(]原(?:名|称)?(" + NAME + ")[）)]");
    private static final Pattern FROM_TO = Pattern.compile("由(" + NAME + "?)(?:更名|改名)为(" + NAME + ")[，。；、,;]");

    private RenameStatements() {
    }

    /** The renamings stated in {@code text}, in text order. */
    public static List<Rename> in(String text) {
        List<Rename> renames = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return renames;
        }
        Matcher m = RENAMED_TO.matcher(text);
        while (m.find()) {
            bounded(m.group(1), m.group(2)).ifPresent(renames::add);
        }
        m = FORMERLY.matcher(text);
        while (m.find()) {
            String oldName = m.group(2);
            String newName = cutAtRegion(m.group(1), oldName);
            if (newName != null && DepartmentNames.region(DepartmentNames.normalize(oldName)) != null) {
                renames.add(new Rename(oldName, newName));
            }
        }
        m = FROM_TO.matcher(text);
        while (m.find()) {
            if (DepartmentNames.region(DepartmentNames.normalize(m.group(1))) != null) {
                bounded(m.group(1), m.group(2)).ifPresent(renames::add);
            }
        }
        return renames;
    }

    private static Optional<Rename> bounded(String before, String newName) {
        String oldName = cutAtRegion(before, newName);
        return oldName == null || oldName.equals(newName) ? Optional.empty()
                : Optional.of(new Rename(oldName, newName));
    }

    /** The part of {@code run} from the last place the region of {@code named} starts, or null when it has none. */
    private static String cutAtRegion(String run, String named) {
        String region = DepartmentNames.region(DepartmentNames.normalize(named));
        if (region == null) {
            return null;
        }
        int at = run.lastIndexOf(region);
        if (at < 0 || at + region.length() >= run.length()) {
            return null;
        }
        return run.substring(at);
    }
}
