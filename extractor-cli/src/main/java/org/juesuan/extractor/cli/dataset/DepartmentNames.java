package org.juesuan.extractor.cli.dataset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A department's name as the panel compares it across years, and what can be read from it. Reports print the same
 * department differently: with or without the party prefix (中共上海市普陀区委社会工作部 / 上海市普陀区委社会工作部),
 * with spaces or full-width characters, with the long or the short name of a 人大/政协 body. {@link #normalize}
 * removes those differences; {@link #id} is a hash of the result, so the same department gets the same id in every
 * year and in every run. (A name without its city, 普陀区委社会工作部, is matched by {@link DepartmentRegistry}, which
 * sees all the names.)
 */
public final class DepartmentNames {
    /** The long official forms and the short forms reports also print. */
    private static final String[][] SHORT_FORMS = {
            {"中国人民政治协商会议", "政协"},
            {"人民代表大会常务委员会", "人大常委会"},
    };
    private static final Pattern PARTY_PREFIX = Pattern.compile("^(中国共产党|中共)");
    /** Province, then city (or prefecture), then district or county; each optional, at least one. */
    private static final Pattern REGION = Pattern.compile(
            "^((?:[\\p{IsHan}]{2,7}?(?:省|自治区))?(?:[\\p{IsHan}]{2,7}?(?:市|自治州|地区|盟))?(?:[\\p{IsHan}]{1,5}?(?:区|县|旗))?)");
    private static final Pattern HEAD_BODIES = Pattern.compile("^(政协|人大常委会)");

    private DepartmentNames() {
    }

    /**
     * The name without what differs between printings of the same department: width (NFKC), whitespace and
     * punctuation, the 中共 / 中国共产党 prefix (the 区委 / 市委 that follows stays: 市委办公室 is not 市政府办公室), long
     * forms of 政协 and 人大常委会. Returns null for a blank name.
     */
    public static String normalize(String printed) {
        if (printed == null) {
            return null;
        }
        String name = Normalizer.normalize(printed, Normalizer.Form.NFKC)
                .replaceAll("[\\s\\p{Punct}·・“”‘’《》〈〉【】]", "");
        for (String[] form : SHORT_FORMS) {
            name = name.replace(form[0], form[1]);
        }
        name = PARTY_PREFIX.matcher(name).replaceFirst("");
        return name.isEmpty() ? null : name;
    }

    /** The department id of a normalized name: {@code D} and the first 12 hex digits of its SHA-256. */
    public static String id(String normalized) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
            return "D" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * The region a normalized name starts with — province, city, district or county, as printed
     * (上海市普陀区, 攀枝花市西区, 攀枝花市) — or null when the name starts with none. A 政协 or 人大常委会 name
     * carries its region after the body's name (政协攀枝花市委员会办公室).
     */
    public static String region(String normalized) {
        if (normalized == null) {
            return null;
        }
        String name = HEAD_BODIES.matcher(normalized).replaceFirst("");
        Matcher m = REGION.matcher(name);
        if (!m.find() || m.group(1).isEmpty()) {
            return null;
        }
        String region = m.group(1);
        return region.length() == name.length() ? null : region; // a name that is all region names no department
    }
}
